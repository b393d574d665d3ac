package dev.faultline.store.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * A connection whose statements starting with given SQL (or, for "*X", holding X) fail when executed, as a crash or a
 * constraint would mid-transaction: the tests' way to prove a save is atomic without a hook in the
 * code under test.
 */
public final class FailingConnection {
    private FailingConnection() {
    }

    public static Connection wrap(Connection target, String... sqlPrefixes) {
        List<String> prefixes = List.of(sqlPrefixes);
        return proxy(Connection.class, target, (method, args) -> {
            Object result = method.invoke(target, args);
            if (method.getName().equals("prepareStatement") && fails((String) args[0], prefixes)) {
                return failOnExecute(PreparedStatement.class, (PreparedStatement) result, (String) args[0]);
            }
            if (method.getName().equals("createStatement")) {
                Statement s = (Statement) result;
                return proxy(Statement.class, s, (m, a) -> {
                    if (m.getName().startsWith("execute") && a != null && a.length > 0 && a[0] instanceof String sql
                            && fails(sql, prefixes)) {
                        throw injected(sql);
                    }
                    return m.invoke(s, a);
                });
            }
            return result;
        });
    }

    private static boolean fails(String sql, List<String> prefixes) {
        String s = sql.strip().toUpperCase(Locale.ROOT);
        // a prefix "*X" fails every statement that holds X anywhere
        return prefixes.stream().map(p -> p.toUpperCase(Locale.ROOT))
                .anyMatch(p -> p.startsWith("*") ? s.contains(p.substring(1)) : s.startsWith(p));
    }

    private static <T extends Statement> T failOnExecute(Class<T> type, T target, String sql) {
        return proxy(type, target, (m, a) -> {
            if (m.getName().startsWith("execute")) throw injected(sql);
            return m.invoke(target, a);
        });
    }

    private static SQLException injected(String sql) {
        return new SQLException("injected failure", "FL001") {
            private static final long serialVersionUID = 1L;

            @Override
            public String toString() {
                return "injected failure on: " + sql;
            }
        };
    }

    private interface Call {
        Object invoke(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler h = (p, method, args) -> {
            try {
                return call.invoke(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(FailingConnection.class.getClassLoader(), new Class<?>[] {type}, h));
    }
}
