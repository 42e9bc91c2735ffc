package io.alphapulse.app.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.app.server.live.FakeLiveView;
import io.alphapulse.app.server.live.LiveEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboundQueueTest {

    private static OutboundMessage price(String symbol, String last, long ts) {
        return OutboundMessage.of(
                new LiveEvent(LiveEvent.PRICES, "price", ts, FakeLiveView.price(symbol, last, ts), null));
    }

    private static OutboundMessage order(int sequence) {
        return OutboundMessage.of(new LiveEvent(LiveEvent.ORDERS, "accepted", sequence, Map.of("seq", sequence), null));
    }

    private static List<Object> data(List<OutboundMessage> messages) {
        return messages.stream().map(message -> message.envelope().data()).toList();
    }

    @Test
    void offer_ofANewerPrice_replacesTheQueuedOneInPlace() {
        OutboundQueue queue = new OutboundQueue(8);
        OutboundMessage btc1 = price("BTC-USDT", "100", 1);
        OutboundMessage eth1 = price("ETH-USDT", "10", 2);
        OutboundMessage btc2 = price("BTC-USDT", "101", 3);
        OutboundMessage btc3 = price("BTC-USDT", "102", 4);

        assertThat(queue.offer(btc1)).isEqualTo(OutboundQueue.Offer.QUEUED);
        assertThat(queue.offer(eth1)).isEqualTo(OutboundQueue.Offer.QUEUED);
        assertThat(queue.offer(btc2)).isEqualTo(OutboundQueue.Offer.CONFLATED);
        assertThat(queue.offer(btc3)).isEqualTo(OutboundQueue.Offer.CONFLATED);

        assertThat(queue.size()).isEqualTo(2);
        assertThat(queue.poll(10)).containsExactly(btc3, eth1);
    }

    @Test
    void offer_ofAPriceAfterTheQueuedOneWasTaken_queuesItAgain() {
        OutboundQueue queue = new OutboundQueue(8);
        queue.offer(price("BTC-USDT", "100", 1));
        queue.poll(10);

        OutboundMessage next = price("BTC-USDT", "101", 2);
        assertThat(queue.offer(next)).isEqualTo(OutboundQueue.Offer.QUEUED);
        assertThat(queue.poll(10)).containsExactly(next);
    }

    @Test
    void conflation_onAFullQueue_stillKeepsTheLatestPrice() {
        OutboundQueue queue = new OutboundQueue(2);
        queue.offer(price("BTC-USDT", "100", 1));
        queue.offer(order(1));

        for (int i = 0; i < 1000; i++) {
            assertThat(queue.offer(price("BTC-USDT", "100." + i, 2 + i))).isEqualTo(OutboundQueue.Offer.CONFLATED);
        }

        List<OutboundMessage> taken = queue.poll(10);
        assertThat(taken).hasSize(2);
        assertThat(((io.alphapulse.app.server.live.PriceView)
                                taken.getFirst().envelope().data())
                        .last())
                .isEqualByComparingTo("100.999");
    }

    @Test
    void offer_ofOrders_keepsEveryOneInOrder() {
        OutboundQueue queue = new OutboundQueue(100);
        for (int i = 0; i < 100; i++) {
            assertThat(queue.offer(order(i))).isEqualTo(OutboundQueue.Offer.QUEUED);
        }
        List<OutboundMessage> taken = queue.poll(1000);
        assertThat(data(taken)).hasSize(100);
        for (int i = 0; i < 100; i++) {
            assertThat(data(taken).get(i)).isEqualTo(Map.of("seq", i));
        }
    }

    @Test
    void offer_beyondCapacity_isRefusedAsFullAndDropsNothingQueued() {
        OutboundQueue queue = new OutboundQueue(3);
        queue.offer(order(1));
        queue.offer(order(2));
        queue.offer(order(3));

        assertThat(queue.offer(order(4))).isEqualTo(OutboundQueue.Offer.FULL);
        assertThat(queue.offer(price("SOL-USDT", "5", 5))).isEqualTo(OutboundQueue.Offer.FULL);
        assertThat(data(queue.poll(10))).containsExactly(Map.of("seq", 1), Map.of("seq", 2), Map.of("seq", 3));
    }

    @Test
    void replies_areNeverConflated() {
        OutboundQueue queue = new OutboundQueue(4);
        OutboundMessage first = OutboundMessage.reliable(Envelope.system("error", 1, Map.of("message", "a")));
        OutboundMessage second = OutboundMessage.reliable(Envelope.system("error", 2, Map.of("message", "b")));
        queue.offer(first);
        queue.offer(second);
        assertThat(queue.poll(10)).containsExactly(first, second);
    }

    @Test
    void systemEvents_conflateWithEachOther() {
        OutboundQueue queue = new OutboundQueue(4);
        queue.offer(
                OutboundMessage.of(new LiveEvent(LiveEvent.SYSTEM, "controls", 1, Map.of("state", "paused"), null)));
        OutboundMessage latest =
                OutboundMessage.of(new LiveEvent(LiveEvent.SYSTEM, "controls", 2, Map.of("state", "halted"), null));
        assertThat(queue.offer(latest)).isEqualTo(OutboundQueue.Offer.CONFLATED);
        assertThat(queue.poll(10)).containsExactly(latest);
    }

    @Test
    void close_dropsWhatIsQueued_wakesTheSender_andRefusesMore() throws InterruptedException {
        OutboundQueue queue = new OutboundQueue(4);
        queue.offer(order(1));
        queue.close();

        assertThat(queue.take(10)).isEmpty();
        assertThat(queue.offer(order(2))).isEqualTo(OutboundQueue.Offer.CLOSED);
    }

    @Test
    void take_waitsForAMessage() throws Exception {
        OutboundQueue queue = new OutboundQueue(4);
        OutboundMessage message = order(1);
        Thread producer = Thread.ofVirtual().unstarted(() -> queue.offer(message));
        var taken = new java.util.concurrent.CompletableFuture<List<OutboundMessage>>();
        Thread consumer = Thread.ofVirtual().start(() -> {
            try {
                taken.complete(queue.take(10));
            } catch (InterruptedException e) {
                taken.completeExceptionally(e);
            }
        });
        producer.start();
        assertThat(taken.get(10, java.util.concurrent.TimeUnit.SECONDS)).containsExactly(message);
        consumer.join();
    }
}
