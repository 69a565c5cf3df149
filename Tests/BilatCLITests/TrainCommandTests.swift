import Foundation
import Testing

@Suite("bilat train")
struct TrainCommandTests {
  @Test func trainTaggerHelpIsComplete() throws {
    let result = try CLIRunner.run(["train", "tagger", "--help"])
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        OVERVIEW: Train the entity tagger on GUM Wikinews and the project's dev/blind
        briefs.

        Trains on the GUM news and interview documents (every fifth one, by file name,
        is held out) and on silver sentences of the briefs under Data/articles/dev and
        Data/articles/blind, then prints token accuracy and entity precision/recall on
        the held-out GUM documents. The same data, iterations and seed give the same
        model file. Run from the repository root.

        USAGE: bilat train tagger [--output <path>] [--iterations <iterations>] [--seed <seed>] [--gum <dir>] [--census <dir>] [--copies <copies>] [--articles <dir> ...] [--show-gum <n>] [--tag <text>] [--model <path>]

        OPTIONS:
          --output <path>         Where to write the model. (default:
                                  Data/models/tagger.bin)
          --iterations <iterations>
                                  Training passes over the data. (default: 8)
          --seed <seed>           Seed of the shuffling and feature dropout. (default:
                                  1)
          --gum <dir>             Folder of the GUM .conllu files. (default:
                                  ../shared/data/gum-wikinews-entities)
          --census <dir>          Folder of the US Census 1990 name files
                                  (invented-name copies). (default:
                                  ../shared/data/us-census-1990-names)
          --copies <copies>       Invented-name copies of each training sentence with a
                                  person or place (0: none). (default: 2)
          --articles <dir>        Folder of briefs with gold files for silver training
                                  data (repeatable; the measurement sets heldout,
                                  blind2, blind3 and the current blind set are
                                  refused). (default: Data/articles/dev,
                                  Data/articles/blind)
          --show-gum <n>          Only print the first N tagged GUM sentences (to check
                                  the labels) and exit.
          --tag <text>            Only print the tags of a model (the bundled one by
                                  default) for TEXT and exit.
          --model <path>          The model file --tag uses.
          --version               Show the version.
          -h, --help              Show help information.


        """)
  }

  @Test func missingTrainingDataIsNamed() throws {
    let dir = try CLIRunner.temporaryDirectory()
    let result = try CLIRunner.run(["train", "tagger", "--gum", "no-gum", "--copies", "0", "--output", "m.bin"], in: dir)
    #expect(result.status != 0)
    #expect(result.stderr.hasPrefix("no-gum: error: no GUM .conllu training files found; pass --gum DIR"))
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("m.bin").path))
  }

  @Test func taggerTagsText() throws {
    let result = try CLIRunner.run(["train", "tagger", "--tag", "Yesterday Henrik van der Zwaluw left."])
    #expect(result.status == 0)
    let tags = result.stdout.split(separator: "\n").map { $0.split(separator: "\t").prefix(2).joined(separator: " ") }
    #expect(tags == ["Yesterday O", "Henrik B-PER", "van I-PER", "der I-PER", "Zwaluw I-PER", "left O", ". O"])
  }
}
