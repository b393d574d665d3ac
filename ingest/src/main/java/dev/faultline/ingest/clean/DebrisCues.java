package dev.faultline.ingest.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The phrases by which page furniture gives itself away. Patterns are anchored or specific enough
 * that a report's own sentences do not match them ("Iran agreed to share intelligence" is not a
 * share button); callers also apply them only to short lines.
 *
 * <p>Three strengths: {@link #strong} cues mark debris anywhere; {@link #tailOnly} cues (an
 * "About Jane Doe" author-box header) only near a report's end, where they cannot be a section
 * heading; {@link #bio} cues (handles, "writes on", "tweets at", "X is a journalist") only inside a
 * trailing block already found to be debris.
 */
final class DebrisCues {
    private record Cue(Pattern pattern, String reason) {
    }

    private static final String SHARE = "share or print widget";
    private static final String COMMENTS = "comments section";
    private static final String POST_FOOTER = "blog post footer";
    private static final String PROMPT = "subscribe or follow prompt";
    private static final String RELATED = "related-links list";

    /**
     * The headers a page gives its lists of other stories ("More news", "Trending now", "Top stories",
     * "More from Reuters", "Don't miss"): a header on a line of its own, or with a headline after a colon.
     */
    private static final String LIST_HEADERS = "more (news|stories|headlines|coverage|videos?|top stories|to read|to explore)"
            + "( (from|on|in|about) [\\p{L}\\p{N}'’ .&-]{1,40})?|more from [\\p{L}\\p{N}'’ .&-]{1,40}|"
            + "trending( now| news| stories| topics)?|top (stories|news|headlines)|latest (news|stories|headlines)|"
            + "(editor'?s|editors’|staff) picks?|don'?t miss|must read|what to read next|up next|in case you missed it|"
            + "popular( now| stories| today)?|elsewhere on [\\p{L}\\p{N}'’ .&-]{1,40}|also on [\\p{L}\\p{N}'’ .&-]{1,40}";

    private static final List<Cue> STRONG = List.of(
            cue("^print( this( article| page| story| post)?)?$", SHARE),
            cue("\\bprint[- ]?friendly\\b", SHARE),
            cue("\\bpdf\\s*(&|and)\\s*e-?mail\\b", SHARE),
            cue("^(e-?mail|tweet|whatsapp|pin|share)( this( article| page| story| post)?)?( on \\w+| via \\w+)?\\s*:?$", SHARE),
            cue("^(click|tap) to (share|print|e-?mail|tweet)\\b", SHARE),
            cue("^share (on|via) (facebook|twitter|x|whatsapp|linkedin|telegram|reddit|email)\\b", SHARE),
            cue("^(\\d+\\s+)?comments?(\\s*\\(\\d+\\))?\\s*:?$", COMMENTS),
            cue("^(leave|post|add|write) a (reply|comment)\\b", COMMENTS),
            cue("\\b(issues|trouble|problems) (with )?commenting\\b", COMMENTS),
            cue("\\bcomments? (are|is) (now )?closed\\b", COMMENTS),
            cue("\\byour email address will not be published\\b", COMMENTS),
            cue("\\brequired fields are marked\\b", COMMENTS),
            cue("\\bakismet\\b", COMMENTS),
            cue("\\bcomment data is processed\\b", COMMENTS),
            cue("^(log|sign) ?in to (comment|reply)\\b", COMMENTS),
            cue("^(reply|report comment|load more comments|view comments|show comments)$", COMMENTS),
            cue("^join the (discussion|conversation)\\b", COMMENTS),
            cue("^this (entry|post|article) was posted in\\b", POST_FOOTER),
            cue("\\bbookmark the permalink\\b", POST_FOOTER),
            cue("^(posted|filed) (in|under)\\b", POST_FOOTER),
            cue("^(tags?|tagged|categor(y|ies))\\s*:", POST_FOOTER),
            cue("^subscribe\\b", PROMPT),
            cue("\\b(subscribe|sign up) (to|for) (our|the) .{0,40}(newsletter|updates|channel|alerts)\\b", PROMPT),
            cue("^(follow|like) us (on|at)\\b", PROMPT),
            cue("^(related( articles| stories| posts| coverage| reading| content| news| topics)?|read more|read next|read also|also read|"
                    + "see also|you (may|might) also (like|be interested in|enjoy)|recommended( stories| reading| articles)?( for you)?|"
                    + "more (from|on) this( story| topic)?|most (read|popular|viewed|shared|watched|commented)( (stories|articles|news|today|now))?|"
                    + LIST_HEADERS + ")\\s*(:.*)?$", RELATED),
            cue("^(©|\\(c\\)\\s*\\d{4}|copyright\\b)", "copyright notice"),
            cue("\\ball rights reserved\\b", "copyright notice"),
            cue("^(advertisement|sponsored( content)?|story continues below( advertisement)?)$", "advertisement"),
            cue("^skip to (main )?content$", "navigation"),
            cue("\\bwe use cookies\\b", "cookie notice"));

    private static final Cue ABOUT_AUTHOR = new Cue(Pattern.compile(
            "^[Aa]bout (the )?(author|writer|\\p{Lu}[\\p{L}'’.-]*(\\s+[\\p{L}'’.-]+){0,3})$"), "author box");

    private static final List<Pattern> BIO = List.of(
            Pattern.compile("(^|\\s)@\\w{2,}"),
            Pattern.compile("(?i)\\b(writes|blogs|reports) (on|about|for)\\b"),
            Pattern.compile("(?i)\\btweets (at|as|from)\\b"),
            Pattern.compile("(?i)\\bfollow (him|her|them) (on|at)\\b"),
            Pattern.compile("(?i)\\b(is|was) an? [\\p{L} ,-]{0,60}\\b(activist|writer|journalist|analyst|correspondent|contributor|"
                    + "columnist|editor|reporter|author|commentator|blogger|researcher|fellow)\\b"));

    /** A photo credit on a line of its own: an agency or picture desk, or an explicit "Photo:" credit. */
    private static final Pattern CREDIT = Pattern.compile("(?iu)^(\\(?(photo|image|picture|file photo|video)( credit)?\\s*[:/].{0,60}\\)?"
            + "|(\\p{L}[\\p{L} .]{0,30}\\s*/\\s*)?(AFP|AP|Reuters|EPA|Getty Images|Anadolu( Agency)?|Xinhua|SANA|IRNA|TASS|"
            + "Sputnik|Shutterstock|Alamy|ZUMA( Wire)?|NurPhoto|Pool|Handout)( via Getty Images| photo| file photo)?)$");

    private DebrisCues() {
    }

    private static Cue cue(String regex, String reason) {
        return new Cue(Pattern.compile("(?iu)" + regex), reason);
    }

    /** The reason a line is page furniture wherever it stands, if it is. */
    static Optional<String> strong(String line) {
        for (Cue c : STRONG) {
            if (c.pattern.matcher(line).find()) return Optional.of(c.reason);
        }
        return Optional.empty();
    }

    /** Whether a strong cue's reason says the line heads a list of links to other stories. */
    static boolean listHeader(String reason) {
        return RELATED.equals(reason);
    }

    /** The reason a line is page furniture when it stands near the end of a report. */
    static Optional<String> tailOnly(String line) {
        return ABOUT_AUTHOR.pattern.matcher(line).matches() ? Optional.of(ABOUT_AUTHOR.reason) : Optional.empty();
    }

    /** Whether a line is a photo credit standing alone ("AFP", "Photo: Reuters", "John Smith / AP"). */
    static boolean credit(String line) {
        return CREDIT.matcher(line.strip()).matches();
    }

    /** Whether a line reads like an author's biography. */
    static boolean bio(String line) {
        for (Pattern p : BIO) {
            if (p.matcher(line).find()) return true;
        }
        return false;
    }
}
