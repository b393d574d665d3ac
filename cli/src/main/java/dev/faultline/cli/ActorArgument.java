package dev.faultline.cli;

import dev.faultline.app.model.ActorLookup;
import dev.faultline.store.Store;
import dev.faultline.store.Store.ActorSummary;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;

/** An actor a person typed (an id, a name, an alias), turned into the stored actor's id, or a usage error that says why. */
final class ActorArgument {
    private ActorArgument() {
    }

    /**
     * The id {@code input} means among the store's actors; a miss or an ambiguous name is a usage error naming
     * {@code what} (an option or a parameter) with the nearest actors. A store with no actors yet takes any input as is.
     */
    static String resolve(Store store, String input, CommandSpec spec, String what) {
        List<ActorSummary> actors = store.actorSummaries();
        if (actors.isEmpty()) return input;
        ActorLookup.Result r = new ActorLookup(actors).find(input);
        if (r.ids().size() == 1) return r.ids().get(0);
        throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for " + what + ": " + r.problem(input));
    }
}
