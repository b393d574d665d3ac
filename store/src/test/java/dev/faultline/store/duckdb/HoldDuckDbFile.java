package dev.faultline.store.duckdb;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Run in a child process by the lock test: opens the DuckDB file it is given, prints "holding", and
 * keeps it open until its standard input closes.
 */
public final class HoldDuckDbFile {
    private HoldDuckDbFile() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0])) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS held (x INTEGER)");
            System.out.println("holding");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}
