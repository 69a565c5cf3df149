import Foundation

/// How `bilat serve` listens and how much work one request may cost.
public struct ServeSettings: Sendable {
  /// Interface to bind: loopback unless the user asks otherwise.
  public var host: String
  public var port: Int
  /// Required on every request (header `Authorization: Bearer …`, or `?token=`) when set.
  public var token: String?
  /// Bounds of one Cypher query from the console or `POST /api/query`.
  public var queryTimeout: Double
  public var queryRowLimit: Int
  /// Most rows a result table shows (the JSON API returns up to ``queryRowLimit``).
  public var displayedRows: Int
  /// Largest request body accepted (bytes).
  public var maxBodyBytes: Int
  /// Requests doing database or Graphviz work at once; others wait in line.
  public var concurrentWork: Int
  /// Requests allowed to wait for a work slot; beyond that the answer is 503.
  public var queuedWork: Int
  /// Largest neighbourhood depth a picture may ask for.
  public var maxDepth: Int
  /// Most nodes a picture draws (Graphviz time grows fast with size).
  public var maxPictureNodes: Int

  public init(
    host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, queryTimeout: Double = 10,
    queryRowLimit: Int = 10_000, displayedRows: Int = 500, maxBodyBytes: Int = 64 * 1024, concurrentWork: Int = 8,
    queuedWork: Int = 256, maxDepth: Int = 3, maxPictureNodes: Int = 300
  ) {
    self.host = host
    self.port = port
    self.token = token
    self.queryTimeout = queryTimeout
    self.queryRowLimit = queryRowLimit
    self.displayedRows = displayedRows
    self.maxBodyBytes = maxBodyBytes
    self.concurrentWork = concurrentWork
    self.queuedWork = queuedWork
    self.maxDepth = maxDepth
    self.maxPictureNodes = maxPictureNodes
  }

  /// True for addresses only this machine can reach.
  public static func isLoopback(_ host: String) -> Bool {
    host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
  }

  /// Refuses a non-loopback bind without a token.
  public func validate() throws(ServeError) {
    if !Self.isLoopback(host) && (token ?? "").isEmpty {
      throw ServeError.badRequest(
        "--host \(host) is reachable from other machines: give --token SECRET (or set BILAT_TOKEN) "
          + "so that every request must carry it, or bind 127.0.0.1")
    }
    if !(0...65535).contains(port) { throw ServeError.badRequest("--port must be 0...65535 (0: any free port), not \(port)") }
  }
}
