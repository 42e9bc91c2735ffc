package io.alphapulse.app.server.capture;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Copies every response the server writes (status, headers, body) into the security capture. It runs
 * before Spring Security, so refusals (401, 403, 429) are captured too, and on error dispatches, so the
 * problem bodies of the error controller are. The body passes through unchanged as it is written; the copy
 * keeps at most {@value #MAX_BODY} bytes per response and says when it cut.
 */
final class ResponseCaptureFilter implements Filter {

    static final int MAX_BODY = 4 * 1024 * 1024;

    /** Starts each captured answer: {@code <<< status METHOD path (dispatch)}. */
    static final String RESPONSE_START = "<<< ";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)) {
            chain.doFilter(request, response);
            return;
        }
        TeeResponse tee = new TeeResponse(answer);
        String failure = null;
        try {
            chain.doFilter(request, tee);
        } catch (IOException | ServletException | RuntimeException e) {
            // The container turns it into an error dispatch, captured on its own.
            failure = e.getClass().getName();
            throw e;
        } finally {
            tee.flushWriter();
            SecurityCapture.recordHttp(describe(http, answer, tee, failure));
        }
    }

    private static String describe(
            HttpServletRequest request, HttpServletResponse response, TeeResponse tee, String failure) {
        StringBuilder text = new StringBuilder();
        text.append(RESPONSE_START)
                .append(response.getStatus())
                .append(' ')
                .append(request.getMethod())
                .append(' ')
                .append(request.getRequestURI())
                .append(" (")
                .append(request.getDispatcherType())
                .append(failure == null ? ")\n" : ", threw " + failure + ")\n");
        for (String name : response.getHeaderNames()) {
            for (String value : response.getHeaders(name)) {
                text.append(name).append(": ").append(value).append('\n');
            }
        }
        text.append('\n').append(tee.copy()).append("\n\n");
        return text.toString();
    }

    /** A response whose body goes both to the client and into a bounded copy. */
    private static final class TeeResponse extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private boolean truncated;
        private ServletOutputStream stream;
        private PrintWriter writer;

        TeeResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                stream = new TeeStream(super.getOutputStream());
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            flushWriter();
            super.flushBuffer();
        }

        /** What was buffered is dropped (an error page replacing a half-written answer): so is its copy. */
        @Override
        public void resetBuffer() {
            flushWriter();
            super.resetBuffer();
            copy.reset();
            truncated = false;
        }

        @Override
        public void reset() {
            flushWriter();
            super.reset();
            copy.reset();
            truncated = false;
            writer = null;
        }

        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }

        String copy() {
            String text = copy.toString(StandardCharsets.UTF_8);
            return truncated ? text + "\n[capture cut at " + MAX_BODY + " bytes]" : text;
        }

        private void keep(byte[] bytes, int offset, int length) {
            int room = MAX_BODY - copy.size();
            if (length > room) {
                truncated = true;
            }
            copy.write(bytes, offset, Math.max(0, Math.min(room, length)));
        }

        /** Writes through to the client and keeps a copy. */
        private final class TeeStream extends ServletOutputStream {
            private final ServletOutputStream target;

            TeeStream(ServletOutputStream target) {
                this.target = target;
            }

            @Override
            public void write(int b) throws IOException {
                target.write(b);
                keep(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                target.write(bytes, offset, length);
                keep(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                target.flush();
            }

            @Override
            public void close() throws IOException {
                target.close();
            }

            @Override
            public boolean isReady() {
                return target.isReady();
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                target.setWriteListener(listener);
            }
        }
    }
}
