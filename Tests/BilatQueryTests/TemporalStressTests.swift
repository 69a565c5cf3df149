import BilatStore
import Foundation
import Testing

@testable import BilatQuery

/// Random temporal expressions built from extreme and ordinary parts: each either gives a value or a
/// `CypherError`; an integer trap or a crash would end the test run.
@Suite struct TemporalStressTests {
  static let numbers = [
    "0", "1", "-1", "2", "12", "31", "53", "59", "60", "366", "999999999", "1000000000", "2.5", "-0.5", "1.0e300",
    "9223372036854775807", "-9223372036854775807", "4611686018427387904",
  ]
  static let texts = [
    "2015-07-21", "20150721", "2015-W53-7", "2015-366", "+999999999-12-31", "-999999999-01-01", "2015-02-29",
    "24:00", "23:59:59.999999999", "21:40+18:00", "21:40-18:01", "2015-07-21T21:40[Europe/Stockholm]",
    "2015-03-29T02:30[Europe/Stockholm]", "P9223372036854775807D", "PT-9223372036854775808S", "P1.5Y", "P-0.5W",
    "P2012-02-02T14:37:21.545", "", "T", "P", "2015-W", "2015-07-21T", "[Mars/Base]",
  ]
  static let fields = [
    "year", "month", "day", "week", "dayOfWeek", "ordinalDay", "quarter", "dayOfQuarter", "hour", "minute", "second",
    "millisecond", "microsecond", "nanosecond", "years", "months", "weeks", "days", "hours", "minutes", "seconds",
    "nanoseconds",
  ]
  static let constructors = ["date", "localtime", "time", "localdatetime", "datetime", "duration"]
  static let units = ["millennium", "century", "decade", "year", "weekYear", "quarter", "month", "week", "day", "hour",
    "microsecond"]
  static let accessors = ["year", "week", "weekYear", "ordinalDay", "epochMillis", "epochSeconds", "offset", "timezone",
    "nanoseconds", "milliseconds", "days", "months"]

  struct Generator {
    var rng: SplitMix
    mutating func pick(_ items: [String]) -> String { items[Int(rng.next() % UInt64(items.count))] }

    mutating func map() -> String {
      var entries: [String] = []
      for _ in 0..<(1 + rng.next() % 4) { entries.append("\(pick(fields)): \(pick(numbers))") }
      if rng.next() % 4 == 0 { entries.append("timezone: '\(pick(["+01:00", "Europe/Stockholm", "Z", "-18:00"]))'") }
      return "{" + entries.joined(separator: ", ") + "}"
    }

    mutating func value(_ depth: Int = 0) -> String {
      let constructor = pick(constructors)
      switch rng.next() % (depth > 1 ? 2 : 6) {
      case 0: return "\(constructor)('\(pick(texts))')"
      case 1: return "\(constructor)(\(map()))"
      case 2: return "(\(value(depth + 1)) \(pick(["+", "-"])) \(value(depth + 1)))"
      case 3: return "(\(value(depth + 1)) \(pick(["*", "/"])) \(pick(numbers)))"
      case 4:
        return "duration.\(pick(["between", "inMonths", "inDays", "inSeconds"]))(\(value(depth + 1)), \(value(depth + 1)))"
      default:
        return "\(pick(["date", "datetime", "localtime", "localdatetime", "time"])).truncate('\(pick(units))', \(value(depth + 1)), \(map()))"
      }
    }
  }

  @Test(arguments: 1...4)
  func randomExpressionsGiveValuesOrErrors(seed: Int) throws {
    let engine = CypherEngine(store: try GraphStore())
    var generator = Generator(rng: SplitMix(seed: UInt64(seed)))
    var values = 0
    for _ in 0..<500 {
      let value = generator.value()
      let query =
        generator.rng.next() % 3 == 0
        ? "RETURN \(value).\(generator.pick(Self.accessors)) AS a" : "RETURN toString(\(value)) AS a"
      do {
        _ = try engine.run(query)
        values += 1
      } catch {
        #expect(!error.message.isEmpty)
      }
    }
    #expect(values > 10, "only \(values) of 500 expressions gave a value")
  }
}
