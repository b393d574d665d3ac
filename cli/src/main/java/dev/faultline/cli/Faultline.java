package dev.faultline.cli;

import dev.faultline.cli.eval.CommandLines;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code faultline} command: entry point and exit-code policy. */
@Command(name = "faultline",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds a sourced, time-aware model of an armed conflict from reports.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, ArticlesCommand.class, ActorsCommand.class, EventsCommand.class,
                ClaimsCommand.class, ForcesCommand.class, RelationsCommand.class, ExportCommand.class, DyadCommand.class, RupturesCommand.class, BlocsCommand.class, OrderOfBattleCommand.class,
                ReportCommand.class,
                dev.faultline.cli.eval.EvalCommand.class, dev.faultline.cli.bench.BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Faultline implements CommandLines {
    // picocli's own codes, which the eval and bench runners return directly (they never import this class:
    // it lists them as subcommands, and the arrows between the command line's packages point one way).
    public static final int OK = CommandLine.ExitCode.OK;
    public static final int FAILURE = CommandLine.ExitCode.SOFTWARE;
    public static final int USAGE = CommandLine.ExitCode.USAGE;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    @Override
    public int execute(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, args);
    }

    /** Runs a command line with the given streams; returns the exit code. Used by tests too. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Faultline());
        cl.setCaseInsensitiveEnumValuesAllowed(true);                 // --by month, --format jsonl: the words of the help
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorLine());
        return cl.execute(args);
    }
}
