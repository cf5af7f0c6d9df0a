package nl.stagematch.bench.cli;

import java.nio.file.Path;

/**
 * A second bad-input corpus, {@code badinput-fresh/}, written apart from the first one and from
 * the readers: only from the documentation (README.md, docs/format.md, import.md, decisions.md,
 * outputs.md, security.md, handleiding.md, the schemas and examples, the commands' help texts and
 * the benchmark's instance format). It runs with the runner of {@link BadInputCorpusTest} (same
 * manifest format, same checks, its own {@code pending.txt} and {@code base/}).
 */
class FreshBadInputCorpusTest extends BadInputCorpusTest {

  @Override
  Path corpusRoot() {
    return root("badinput-fresh");
  }

  @Override
  int minimumCases() {
    return 250;
  }
}
