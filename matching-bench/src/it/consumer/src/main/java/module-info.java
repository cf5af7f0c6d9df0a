/** A vendor's module that uses Stagematch. */
module consumer {
  requires nl.stagematch.core;
  requires nl.stagematch.variants;

  exports consumer;
}
