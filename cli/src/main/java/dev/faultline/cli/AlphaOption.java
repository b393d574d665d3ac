package dev.faultline.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --alpha P}: how rare by chance a turn must be to be reported as a rupture (ruptures, report). */
final class AlphaOption {
    @Option(names = "--alpha", defaultValue = "0.2", paramLabel = "P",
            description = "Report a turn only when chance gives one as large at most this often (default: ${DEFAULT-VALUE}).")
    double alpha;

    /** The level, checked: a usage error outside (0, 1]. */
    double value(CommandSpec spec) {
        if (alpha <= 0 || alpha > 1) throw new ParameterException(spec.commandLine(), "--alpha must be in (0, 1], was " + alpha);
        return alpha;
    }
}
