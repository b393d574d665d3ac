package dev.faultline.eval.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TABARI dictionaries a validation file names in its {@code <Environment>} ({@code Verbfile},
 * {@code Actorfile}, {@code Agentfile}, {@code Discardfile}; a comma separates several), resolved
 * against the file's folder, for the system to load through the product's TABARI importer. The unit
 * tests' invented actors are defined there; the PETRARCH-2 file names Phoenix dictionaries that are not
 * shipped beside it, so check {@link #present()} before relying on them.
 */
public record PetrarchDictionaries(List<Path> verbs, List<Path> actors, List<Path> agents, List<Path> discards) {
    public PetrarchDictionaries {
        verbs = List.copyOf(verbs);
        actors = List.copyOf(actors);
        agents = List.copyOf(agents);
        discards = List.copyOf(discards);
    }

    /** Reads the names from {@code recordsFile}'s {@code <Environment>}; lists are empty where a tag is absent. */
    public static PetrarchDictionaries of(Path recordsFile) throws IOException {
        String s = Files.readString(recordsFile, StandardCharsets.UTF_8);
        Path dir = recordsFile.toAbsolutePath().getParent();
        return new PetrarchDictionaries(files(s, "Verbfile", dir), files(s, "Actorfile", dir),
                files(s, "Agentfile", dir), files(s, "Discardfile", dir));
    }

    /** Whether every named actor and agent dictionary exists (the ones the codes come from). */
    public boolean present() {
        return !actors.isEmpty() && actors.stream().allMatch(Files::isRegularFile) && agents.stream().allMatch(Files::isRegularFile);
    }

    private static List<Path> files(String s, String tag, Path dir) {
        Matcher m = Pattern.compile("<" + tag + ">([^<]*)</" + tag + ">", Pattern.CASE_INSENSITIVE).matcher(s);
        List<Path> out = new ArrayList<>();
        if (!m.find()) return out;
        for (String name : m.group(1).split(",")) {
            if (!name.isBlank()) out.add(dir.resolve(name.strip()));
        }
        return out;
    }
}
