package dev.faultline.eval.fakes;

import java.util.Optional;

/** The system under test, seen from FA-KES: the main event it finds in one article, if any. */
@FunctionalInterface
public interface FakesSystem {
    Optional<MainEvent> main(FakesArticle article);
}
