// Crosshair and tooltip for the report's charts, and trade highlighting between table and price chart.
// The numbers come from the page's JSON block; nothing is fetched.
(function () {
  "use strict";
  var node = document.getElementById("report-data");
  var tooltip = document.getElementById("tooltip");
  if (!node || !tooltip) {
    return;
  }
  var data = JSON.parse(node.textContent);
  var charts = Array.prototype.slice.call(document.querySelectorAll("svg[data-chart]"));
  var money = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  var price = new Intl.NumberFormat("en-US", {
    minimumFractionDigits: Math.min(data.priceDecimals, 20),
    maximumFractionDigits: Math.min(data.priceDecimals, 20)
  });
  var percent = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  function nearestColumn(column) {
    for (var distance = 0; distance < data.columns; distance++) {
      if (column - distance >= 0 && data.time[column - distance] !== null) {
        return column - distance;
      }
      if (column + distance < data.columns && data.time[column + distance] !== null) {
        return column + distance;
      }
    }
    return -1;
  }

  function xOf(millis) {
    return data.left + ((millis - data.start) / data.span) * data.width;
  }

  function yOf(axis, value) {
    var fraction = (axis[3] - value) / (axis[3] - axis[2]);
    return axis[0] + axis[1] * Math.max(0, Math.min(1, fraction));
  }

  function formatTime(millis) {
    var text = new Date(millis).toISOString().replace("T", " ");
    return (data.seconds ? text.slice(0, 19) : text.slice(0, 16)) + " UTC";
  }

  function signed(text, value) {
    return value < 0 ? "\u2212" + text.replace("-", "") : text;
  }

  function row(key, value) {
    return '<div class="t-row"><span class="t-key">' + key + "</span><span>" + value + "</span></div>";
  }

  function hide() {
    tooltip.style.display = "none";
    charts.forEach(function (chart) {
      chart.classList.remove("hovering");
    });
  }

  function show(event, svg) {
    var matrix = svg.getScreenCTM();
    if (!matrix) {
      return;
    }
    var point = svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    var local = point.matrixTransform(matrix.inverse());
    if (local.x < data.left || local.x > data.left + data.width) {
      hide();
      return;
    }
    var column = nearestColumn(Math.min(data.columns - 1, Math.floor(((local.x - data.left) / data.width) * data.columns)));
    if (column < 0) {
      hide();
      return;
    }
    var x = xOf(data.time[column]);
    charts.forEach(function (chart) {
      var name = chart.getAttribute("data-chart");
      var value = data[name] ? data[name][column] : null;
      var line = chart.querySelector(".crosshair-line");
      var dot = chart.querySelector(".crosshair-dot");
      line.setAttribute("x1", x);
      line.setAttribute("x2", x);
      if (value === null || value === undefined) {
        dot.setAttribute("visibility", "hidden");
      } else {
        dot.setAttribute("visibility", "visible");
        dot.setAttribute("cx", x);
        dot.setAttribute("cy", yOf(data.axes[name], value));
      }
      chart.classList.add("hovering");
    });
    var html = '<div class="t-time">' + formatTime(data.time[column]) + "</div>";
    if (data.price[column] !== null) {
      html += row("Close", signed(price.format(data.price[column]), data.price[column]));
    }
    if (data.equity[column] !== null) {
      html += row("Equity", signed(money.format(data.equity[column]), data.equity[column]) + " " + data.currency);
      html += row("Drawdown", signed(percent.format(data.drawdown[column] * 100), data.drawdown[column]) + "%");
    }
    tooltip.innerHTML = html;
    tooltip.style.display = "block";
    var left = event.pageX + 16;
    var top = event.pageY + 16;
    if (left + tooltip.offsetWidth > window.scrollX + document.documentElement.clientWidth - 8) {
      left = event.pageX - tooltip.offsetWidth - 16;
    }
    tooltip.style.left = left + "px";
    tooltip.style.top = top + "px";
  }

  charts.forEach(function (svg) {
    svg.addEventListener("mousemove", function (event) {
      show(event, svg);
    });
    svg.addEventListener("mouseleave", hide);
  });

  // Hovering a row in the trade list lights up that trade's markers on the price chart.
  var table = document.querySelector("table.trades");
  var lit = null;
  if (table) {
    table.addEventListener("mouseover", function (event) {
      var tableRow = event.target.closest("tr[data-trade]");
      var marker = tableRow
        ? document.querySelector('g.trade[data-trade="' + tableRow.getAttribute("data-trade") + '"]')
        : null;
      if (lit && lit !== marker) {
        lit.classList.remove("highlight");
      }
      lit = marker;
      if (marker) {
        marker.classList.add("highlight");
      }
    });
    table.addEventListener("mouseleave", function () {
      if (lit) {
        lit.classList.remove("highlight");
        lit = null;
      }
    });
  }
})();
