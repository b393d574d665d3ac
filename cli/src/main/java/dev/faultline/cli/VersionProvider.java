package dev.faultline.cli;

import picocli.CommandLine;

/** The version from the jar's manifest (set by Maven), or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Faultline.class.getPackage().getImplementationVersion();
        return new String[] {"faultline " + (v == null ? "development" : v), "GPL-3.0-or-later"};
    }
}
