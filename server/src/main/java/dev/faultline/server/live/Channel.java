package dev.faultline.server.live;

import io.javalin.http.sse.SseClient;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * A set of server-sent-event listeners that each message goes to. A client that went away is dropped on the next
 * message. Sends to one client are serialised, since a job's thread and a request thread may send at once.
 */
public final class Channel {
    private final Set<SseClient> clients = new CopyOnWriteArraySet<>();

    /** Keeps the client open and listening until it goes away. */
    public void join(SseClient client) {
        clients.add(client);
        client.onClose(() -> clients.remove(client));
        client.keepAlive();
    }

    public void send(String event, Object data) {
        for (SseClient c : clients) send(c, event, data);
    }

    /** Sends to one client; false (and the client dropped) when it is gone. */
    boolean send(SseClient c, String event, Object data) {
        if (c.terminated()) {
            clients.remove(c);
            return false;
        }
        try {
            synchronized (c) {
                c.sendEvent(event, data);
            }
            return true;
        } catch (RuntimeException e) {   // the peer went away mid-write
            clients.remove(c);
            return false;
        }
    }

    public int size() {
        return clients.size();
    }

    /** Ends every stream (at shutdown). */
    public void closeAll() {
        for (SseClient c : clients) {
            try {
                c.close();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
        clients.clear();
    }
}
