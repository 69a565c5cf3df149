extension Extractor {
  /// The version of what Bilat reads from an unchanged article: the readers, the rules and the
  /// bundled dictionaries. Each stored article records the version that read it, and ingest
  /// reads an article again when its version is older. Raise it with any change that changes
  /// what is extracted. Version 1 is every Bilat before versions were recorded (stored as none).
  /// 21 (session 15, extract22): styled monarchs' aliases, lower-case royal titles, "Hon." and
  /// other abbreviated styles inside a sentence, "honoured to welcome" and shared discussions as
  /// meetings, "First Lady" as a title.
  public static let version = 21
}
