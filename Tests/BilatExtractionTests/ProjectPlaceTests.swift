import BilatExtraction
import Testing

/// An undertaking on an unnamed facility is named with its place or route ("construction of a
/// hospital in Kumasi"), while the place keeps its own entity. The sentences are the project's own.
@Suite("Undertakings named with their place or route")
struct ProjectPlaceTests {
  static let meeting = " date 2024-05-06 President Ana Quispe met President Kofi Mensah in Accra on Monday. "

  @Test(
    "the place or route after an unnamed facility is part of the undertaking's name",
    arguments: [
      ("They discussed the construction of a hospital in Kumasi.", "construction of a hospital in Kumasi"),
      (
        "They discussed the construction of a railway linking the Volta and Ashanti regions.",
        "construction of a railway linking the Volta and Ashanti regions"
      ),
      (
        "They discussed the construction of a pipeline from Takoradi to Tema.",
        "construction of a pipeline from Takoradi to Tema"
      ),
    ])
  func named(_ sentence: String, _ project: String) throws {
    let x = try Fixture.article(ProjectPlaceTests.meeting + sentence)
    #expect(x.entityNames("Project").contains(project), "\(x.entityNames("Project"))")
  }

  @Test("the place named in the undertaking stays a city")
  func placeKept() throws {
    let x = try Fixture.article(ProjectPlaceTests.meeting + "They discussed the construction of a hospital in Kumasi.")
    #expect(x.entityNames("City").contains("Kumasi"), "\(x.entityNames("City"))")
  }

  @Test(
    "a month, a lower-case word or a single name of a route is no place of the undertaking",
    arguments: [
      ("They discussed the construction of a hospital in May.", "construction of a hospital"),
      ("They discussed the construction of a railway between the two countries.", "construction of a railway"),
      ("They discussed the construction of a railway from Takoradi.", "construction of a railway"),
    ])
  func notNamed(_ sentence: String, _ project: String) throws {
    let x = try Fixture.article(ProjectPlaceTests.meeting + sentence)
    #expect(x.entityNames("Project").contains(project), "\(x.entityNames("Project"))")
  }

  @Test("an undertaking on a facility in a town is located there with its facility")
  func locatedWithFacility() throws {
    let x = try Fixture.article(
      ProjectPlaceTests.meeting + "They agreed on the construction of the Mensah Memorial Hospital in Kumasi.")
    let located = x.relationNames("LOCATED_IN").filter { $0.1 == "Kumasi" }.map(\.0)
    #expect(located.contains("Mensah Memorial Hospital"), "\(x.relationNames("LOCATED_IN"))")
    #expect(located.contains { $0.hasPrefix("construction of") }, "\(x.relationNames("LOCATED_IN"))")
  }
}
