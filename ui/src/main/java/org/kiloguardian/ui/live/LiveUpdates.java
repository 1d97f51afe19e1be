package org.kiloguardian.ui.live;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;
import org.kiloguardian.ui.common.WhileAttached;

import io.quarkus.runtime.StartupEvent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Tells every open view that something it shows has changed, wherever the change came from (this
 * browser, another one, the REST API, a scheduler job), by server push. Changes arriving close
 * together are folded into one redraw per view ({@link #COALESCE_MILLIS}), so a CSV import of a
 * thousand rows redraws each dashboard once, not a thousand times, and still within a second.
 * The last notices are kept for views opened later: in memory for drawing, and in the gateway's
 * {@link NoticeStore} (PostgreSQL) so that a restarted server shows the same ones. Writes to the
 * store go through one background thread, in order, so no caller (an event observer, a job) waits
 * for the database.
 */
@ApplicationScoped
public class LiveUpdates {

    static final long COALESCE_MILLIS = 150;
    static final int NOTICES_KEPT = 30;

    private static final Logger LOG = Logger.getLogger(LiveUpdates.class);

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final Deque<Notice> notices = new ArrayDeque<>();
    private final Instance<NoticeStore> store;
    private final ExecutorService storeWriter = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kilo-notice-store");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kilo-ui-live-updates");
        thread.setDaemon(true);
        return thread;
    });

    public LiveUpdates(Instance<NoticeStore> store) {
        this.store = store;
    }

    void onStart(@Observes StartupEvent start) {
        loadStoredNotices();
    }

    /** The notices a restarted server had, read once at start (on the main thread, not an event loop). */
    public void loadStoredNotices() {
        if (!store.isResolvable()) {
            return;
        }
        try {
            List<Notice> stored = store.get().newest(NOTICES_KEPT);
            synchronized (notices) {
                if (notices.isEmpty()) {
                    notices.addAll(stored);
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "The stored notices could not be read; the feed starts empty");
        }
    }

    /** Calls {@code onChange} inside {@code ui.access} with the topics that changed, until the registration is removed. */
    public Registration subscribe(UI ui, Set<Topic> topics, Consumer<Set<Topic>> onChange) {
        Subscriber subscriber = new Subscriber(ui, EnumSet.copyOf(topics), onChange);
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /**
     * Subscribes {@code component} from each attach to the next detach, the way every view and panel
     * wants it. Call once, in the constructor.
     */
    public void subscribeWhileAttached(Component component, Set<Topic> topics, Consumer<Set<Topic>> onChange) {
        WhileAttached.register(component, ui -> subscribe(ui, topics, onChange));
    }

    public void changed(Topic topic) {
        for (Subscriber subscriber : subscribers) {
            if (subscriber.topics.contains(topic)) {
                subscriber.mark(topic);
            }
        }
    }

    public void notice(Notice notice) {
        synchronized (notices) {
            notices.addFirst(notice);
            while (notices.size() > NOTICES_KEPT) {
                notices.removeLast();
            }
        }
        if (store.isResolvable()) {
            storeWriter.execute(() -> {
                try {
                    store.get().add(notice);
                } catch (RuntimeException e) {
                    LOG.warnf(e, "A notice was not stored (it is shown until the next restart)");
                }
            });
        }
        changed(Topic.NOTICES);
    }

    /** Newest first. */
    public List<Notice> recentNotices() {
        synchronized (notices) {
            return List.copyOf(notices);
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
        storeWriter.shutdown();
        try {
            storeWriter.awaitTermination(5, TimeUnit.SECONDS); // the last notices reach the database
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Subscriber {
        private final UI ui;
        private final Set<Topic> topics;
        private final Consumer<Set<Topic>> onChange;
        private final Set<Topic> pending = EnumSet.noneOf(Topic.class);

        Subscriber(UI ui, Set<Topic> topics, Consumer<Set<Topic>> onChange) {
            this.ui = ui;
            this.topics = topics;
            this.onChange = onChange;
        }

        void mark(Topic topic) {
            boolean first;
            synchronized (pending) {
                first = pending.isEmpty();
                pending.add(topic);
            }
            if (first) {
                timer.schedule(this::deliver, COALESCE_MILLIS, TimeUnit.MILLISECONDS);
            }
        }

        private void deliver() {
            Set<Topic> changed;
            synchronized (pending) {
                changed = EnumSet.copyOf(pending);
                pending.clear();
            }
            try {
                ui.access(() -> onChange.accept(changed));
            } catch (com.vaadin.flow.component.UIDetachedException e) {
                subscribers.remove(this);
            } catch (RuntimeException e) {
                LOG.debugf(e, "Live update not delivered");
            }
        }
    }
}
