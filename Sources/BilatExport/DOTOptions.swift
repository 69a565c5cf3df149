/// How a DOT export is drawn.
public struct DOTOptions: Equatable, Sendable {
  /// Graphviz rank direction.
  public enum RankDirection: String, CaseIterable, Sendable {
    /// Left to right.
    case LR
    /// Top to bottom.
    case TB
  }

  /// Ways of grouping nodes into Graphviz clusters.
  public enum Clustering: String, CaseIterable, Sendable {
    /// One cluster per country: a node's `country` property, else the Country it is
    /// LOCATED_IN or HOLDS_ROLE at; Country nodes sit in their own cluster.
    case country
  }

  public var rankDirection: RankDirection
  public var clustering: Clustering?
  /// Draw parallel relationships of one type between two nodes as one edge with a count.
  public var mergeParallel: Bool
  /// Add a legend cluster explaining node shapes and colours.
  public var legend: Bool
  /// When set, each node links to this text followed by its id (DOT `URL`; SVG keeps it as a
  /// link): `bilat serve` draws pictures whose nodes open their pages.
  public var nodeURLPrefix: String? = nil

  public init(
    rankDirection: RankDirection = .LR, clustering: Clustering? = nil, mergeParallel: Bool = false,
    legend: Bool = true
  ) {
    self.rankDirection = rankDirection
    self.clustering = clustering
    self.mergeParallel = mergeParallel
    self.legend = legend
  }
}
