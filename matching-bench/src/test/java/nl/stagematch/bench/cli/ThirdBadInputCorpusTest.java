package nl.stagematch.bench.cli;

import java.nio.file.Path;

/**
 * A third bad-input corpus, {@code badinput-third/}, written apart from the other two and from the
 * readers: only from the documentation (README.md, docs/format.md, import.md, decisions.md,
 * variants.md, outputs.md, security.md, research.md, errors.md, messages.md, the schemas and
 * examples, the commands' help texts and the benchmark's instance format). It runs with the runner
 * of {@link BadInputCorpusTest} (same manifest format, same checks, its own {@code pending.txt} and
 * {@code base/}).
 */
class ThirdBadInputCorpusTest extends BadInputCorpusTest {

  @Override
  Path corpusRoot() {
    return root("badinput-third");
  }

  @Override
  int minimumCases() {
    return 300;
  }
}
