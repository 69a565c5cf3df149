extension Extractor {
  /// The version of what Bilat reads from an unchanged article: the readers, the rules and the
  /// bundled dictionaries. Each stored article records the version that read it, and ingest
  /// reads an article again when its version is older. Raise it with any change that changes
  /// what is extracted. Version 1 is every Bilat before versions were recorded (stored as none).
  /// Version 19: documents named by their purpose ("an agreement abolishing ...", "a deal to
  /// build ..."), titles past "(MoU)", members of a signed package named in a later sentence, no
  /// count for a package whose documents are named, signers after "signed between", and
  /// "exchanged", "formalized", "penned" as signings.
  public static let version = 19
}
