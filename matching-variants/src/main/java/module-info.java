/** Stagematch variants: the matching variants, the process around them, policies and monitoring. */
module nl.stagematch.variants {
  requires transitive nl.stagematch.core;
  requires org.slf4j;

  exports nl.stagematch.variants;
  exports nl.stagematch.variants.monitoring;
  exports nl.stagematch.variants.process;
  exports nl.stagematch.variants.view;

  uses nl.stagematch.core.spi.MatchingVariant;
}
