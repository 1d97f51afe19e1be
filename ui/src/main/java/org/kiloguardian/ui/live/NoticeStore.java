package org.kiloguardian.ui.live;

import java.util.List;

/**
 * Where the notices feed is kept so that a restarted server shows the same notices. The gateway
 * owns the database table and provides it; without one the feed lives in memory only. Both
 * methods block (a database): call them from worker threads, never from a Vert.x event loop.
 */
public interface NoticeStore {

    /** Keeps a notice; only the newest ones are kept. */
    void add(Notice notice);

    /** The newest notices, newest first. */
    List<Notice> newest(int limit);
}
