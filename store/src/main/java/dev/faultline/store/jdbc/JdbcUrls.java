package dev.faultline.store.jdbc;

import java.util.regex.Pattern;

/** JDBC URLs made safe to print: passwords, in a parameter or before an {@code @}, are masked. */
public final class JdbcUrls {
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@?]*:)[^/@?]*@");

    private JdbcUrls() {
    }

    public static String redact(String url) {
        String s = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(s).replaceAll("$1***@");
    }
}
