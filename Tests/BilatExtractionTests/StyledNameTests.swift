import BilatExtraction
import Testing

/// Gulf styles written as part of a ruler's name: the person named without the style is also
/// known by the styled name. Invented names, real countries.
@Suite("Styled names")
struct StyledNameTests {
  @Test(
    "a person after Sheikh is also known by the styled name; a one-word name keeps its own",
    arguments: [
      ("Sheikh Hamdan bin Rashid Al Falasi met President Janis Ozols of Latvia in Riga.", "Sheikh Hamdan bin Rashid Al Falasi", true),
      ("Sheikha Mariam bint Saeed Al Nuaimi met President Janis Ozols of Latvia in Riga.", "Sheikha Mariam bint Saeed Al Nuaimi", true),
      ("Prince Hamdan bin Rashid Al Falasi met President Janis Ozols of Latvia in Riga.", "Prince Hamdan bin Rashid Al Falasi", false),
    ])
  func styled(_ text: String, _ styled: String, _ known: Bool) throws {
    let x = try Fixture.article(text, source: "2022-05-10-styled.txt")
    let names = x.entities("Person").flatMap { [$0.name] + $0.aliases }
    #expect(names.contains(styled) == known, "\(names)")
  }
}
