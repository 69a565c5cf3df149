import Foundation
import Hummingbird
import Logging

/// `bilat serve`: the web explorer and HTTP API over one read-only graph database.
///
/// ```swift
/// let service = try GraphService(readOnlyPath: "bilat.sqlite", settings: settings)
/// try await BilatServer(service: service).run()
/// ```
public struct BilatServer: Sendable {
  public let service: GraphService
  public var settings: ServeSettings { service.settings }
  let limiter: WorkLimiter

  public init(service: GraphService) {
    self.service = service
    self.limiter = WorkLimiter(slots: service.settings.concurrentWork, maxWaiting: service.settings.queuedWork)
  }

  /// Every route: pages, the JSON API and static files, behind the security middleware.
  public func makeRouter() -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: ServeMiddleware(token: settings.token))
    APIRoutes(server: self).register(on: router)
    PageRoutes(server: self).register(on: router)
    StaticAssets.register(on: router)
    return router
  }

  /// The application, bound to the configured host and port.
  public func makeApplication(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in })
    -> some ApplicationProtocol
  {
    var logger = Logger(label: "bilat-serve")
    logger.logLevel = .warning
    return Application(
      router: makeRouter(),
      configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "bilat"),
      onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
      logger: logger)
  }

  /// Serves until the process is interrupted.
  public func run(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
    try await makeApplication(onServerRunning: onServerRunning).runService()
  }

  /// Runs blocking database work with the server's concurrency bound.
  func work<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await limiter.run(body)
  }
}
