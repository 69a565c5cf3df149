import BilatCore

/// The temporal functions: constructors (`date`, `localtime`, `time`, `localdatetime`, `datetime`,
/// `duration`), their namespaced forms (`date.truncate`, `datetime.fromepoch`, `date.statement`, …)
/// and `duration.between`, `duration.inMonths`, `duration.inDays`, `duration.inSeconds`.
enum TemporalFunctions {
  static let constructors: Set<String> = ["date", "localtime", "time", "localdatetime", "datetime"]
  static let clocks = ["transaction", "statement", "realtime"]

  /// Every name this type answers, for compile-time checks.
  static let names: Set<String> = {
    var names = constructors.union(["duration", "duration.between", "duration.inmonths", "duration.indays",
      "duration.inseconds", "datetime.fromepoch", "datetime.fromepochmillis"])
    for c in constructors {
      names.insert(c + ".truncate")
      for clock in clocks { names.insert(c + "." + clock) }
    }
    return names
  }()

  /// Calls `name`; errors carry the function's name and, for bad text, the text itself.
  static func call(_ name: String, _ args: [CypherValue], _ expr: Expr, now: TemporalClock.Instant) throws
    -> CypherValue
  {
    do {
      return try evaluate(name, args, expr, now)
    } catch let error as TemporalError {
      throw CypherError(.argument, code: "InvalidArgumentValue", "\(name)(): \(error.message)", range: expr.range, atRuntime: true)
    }
  }

  private static func arity(_ name: String, _ args: [CypherValue], _ n: ClosedRange<Int>, _ expr: Expr) throws {
    guard n.contains(args.count) else {
      throw CypherError(
        .syntax, code: "InvalidNumberOfArguments",
        "\(name)() takes \(n.lowerBound == n.upperBound ? "\(n.lowerBound)" : "\(n.lowerBound) to \(n.upperBound)") argument(s), got \(args.count)",
        range: expr.range)
    }
  }

  private static func evaluate(_ name: String, _ args: [CypherValue], _ expr: Expr, _ now: TemporalClock.Instant)
    throws -> CypherValue
  {
    let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
    let base = parts[0]
    let member = parts.count > 1 ? parts[1] : nil
    if base == "duration" {
      guard let member else {
        try arity(name, args, 1...1, expr)
        return try duration(args[0])
      }
      try arity(name, args, 2...2, expr)
      guard case .temporal(let a) = args[0], case .temporal(let b) = args[1] else {
        if args.contains(where: \.isNull) { return .null }
        throw TemporalError.invalid("expected two temporal values")
      }
      let unit: TemporalValue.BetweenUnit =
        switch member {
        case "inmonths": .months
        case "indays": .days
        case "inseconds": .seconds
        default: .all
        }
      return .temporal(.duration(try TemporalValue.between(a, b, unit)))
    }
    guard let kind = TemporalKind(rawValue: base) else { throw TemporalError.invalid("unknown function") }
    switch member {
    case nil:
      try arity(name, args, 0...1, expr)
      return try construct(kind, args.first, now: member == "realtime" ? TemporalClock.now() : now)
    case "truncate"?:
      try arity(name, args, 2...3, expr)
      guard case .string(let unit) = args[0] else {
        if args[0].isNull { return .null }
        throw TemporalError.invalid("the unit must be a string")
      }
      guard case .temporal(let value) = args[1] else {
        if args[1].isNull { return .null }
        throw TemporalError.invalid("expected a temporal value to truncate, not \(args[1].typeName)")
      }
      var fields: [String: CypherValue] = [:]
      if args.count == 3 {
        switch args[2] {
        case .map(let m): fields = m
        case .null: break
        default: throw TemporalError.invalid("the fields must be a map")
        }
      }
      return .temporal(try TemporalValue.truncate(kind, unit, value, fields))
    case "fromepoch"?, "fromepochmillis"?:
      try arity(name, args, member == "fromepoch" ? 2...2 : 1...1, expr)
      if args.contains(where: \.isNull) { return .null }
      guard case .int(let a) = args[0] else { throw TemporalError.invalid("expected an integer") }
      var seconds = a
      var nanos: Int64 = 0
      if member == "fromepoch" {
        guard case .int(let n) = args[1] else { throw TemporalError.invalid("expected an integer") }
        nanos = n
      } else {
        seconds = CivilCalendar.floorDiv(a, 1000)
        nanos = CivilCalendar.floorMod(a, 1000) * 1_000_000
      }
      let dateTime = CypherDateTime(
        epochSeconds: try CheckedMath.add(seconds, CivilCalendar.floorDiv(nanos, CivilCalendar.nanosPerSecond)),
        nanos: CivilCalendar.floorMod(nanos, CivilCalendar.nanosPerSecond), zone: .offset(0))
      _ = try CypherDate.checked(dateTime.local.date.epochDay)
      return .temporal(.dateTime(dateTime))
    default:
      try arity(name, args, 0...1, expr)
      return try construct(kind, args.first, now: member == "realtime" ? TemporalClock.now() : now)
    }
  }

  /// `date()`, `date('2015-07-21')`, `date({year: 2015})`, `date(otherTemporal)`.
  static func construct(_ kind: TemporalKind, _ arg: CypherValue?, now: TemporalClock.Instant) throws -> CypherValue {
    switch arg {
    case nil:
      return .temporal(TemporalClock.current(kind, nil, now))
    case .null?:
      return .null
    case .string(let text)?:
      switch kind {
      case .date: return .temporal(.date(try TemporalParser.date(text)))
      case .localTime: return .temporal(.localTime(try TemporalParser.localTime(text)))
      case .time: return .temporal(.time(try TemporalParser.time(text)))
      case .localDateTime: return .temporal(.localDateTime(try TemporalParser.localDateTime(text)))
      case .dateTime: return .temporal(.dateTime(try TemporalParser.dateTime(text)))
      }
    case .map(let map)?:
      let builder = TemporalBuilder(map)
      if builder.asksForNow { return .temporal(TemporalClock.current(kind, try builder.zone(), now)) }
      return .temporal(try builder.build(kind))
    case .temporal(let value)?:
      if case .duration = value { throw TemporalError.invalid("cannot make a \(kind.rawValue) from a Duration") }
      let key = kind.hasDate && kind != .date ? "datetime" : (kind == .date ? "date" : "time")
      return .temporal(try TemporalBuilder([key: .temporal(value)]).build(kind))
    case let v?:
      throw TemporalError.invalid("cannot make a \(kind.rawValue) from a \(v.typeName)")
    }
  }

  /// `duration('P1D')`, `duration({days: 1})`.
  static func duration(_ arg: CypherValue) throws -> CypherValue {
    switch arg {
    case .null: return .null
    case .string(let text): return .temporal(.duration(try DurationParser.parse(text)))
    case .map(let map):
      var fields: [String: CypherValue] = [:]
      for (k, v) in map { fields[k.lowercased()] = v }
      let known: Set<String> = [
        "years", "quarters", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds", "microseconds",
        "nanoseconds",
      ]
      if let unknown = fields.keys.first(where: { !known.contains($0) }) {
        throw TemporalError.invalid("unknown duration field '\(unknown)'")
      }
      var anyFloat = false
      func number(_ key: String) throws -> (Int64, Double) {
        switch fields[key] {
        case nil, .null?: return (0, 0)
        case .int(let i)?: return (i, Double(i))
        case .float(let d)?:
          anyFloat = true
          return (0, d)
        case let v?: throw TemporalError.invalid("\(key) must be a number, not \(v.typeName)")
        }
      }
      let v = try [
        "years", "quarters", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds", "microseconds",
        "nanoseconds",
      ].map(number)
      if anyFloat {
        let d = v.map(\.1)
        return .temporal(
          .duration(
            try CypherDuration.approximate(
              months: d[0] * 12 + d[1] * 3 + d[2], days: d[3] * 7 + d[4], seconds: d[5] * 3600 + d[6] * 60 + d[7],
              nanos: d[8] * 1_000_000 + d[9] * 1000 + d[10])))
      }
      let i = v.map(\.0)
      return .temporal(
        .duration(
          try CypherDuration.checked(
            months: try CheckedMath.sum([(i[0], 12), (i[1], 3), (i[2], 1)]),
            days: try CheckedMath.sum([(i[3], 7), (i[4], 1)]),
            seconds: try CheckedMath.sum([(i[5], 3600), (i[6], 60), (i[7], 1)]),
            nanos: try CheckedMath.sum([(i[8], 1_000_000), (i[9], 1000), (i[10], 1)]))))
    case .temporal(.duration):
      return arg
    default:
      throw TemporalError.invalid("cannot make a duration from a \(arg.typeName)")
    }
  }
}
