import BilatExtraction
import Foundation
import Testing

@Suite("Article size limit")
struct ReaderSizeLimitTests {
  @Test("a file over the limit is refused before it is read, with its size in the message")
  func oversizedFileIsRefused() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("bilat-huge-\(UUID().uuidString).txt")
    let sentence = Data("Kazakh Prime Minister Alikhan Smailov met Ding Xuexiang in Astana. ".utf8)
    var data = Data()
    while data.count <= ArticleReader.maximumBytes { data.append(sentence) }
    try data.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(throws: ReaderError.tooLarge(path: url.path, bytes: data.count, limit: ArticleReader.maximumBytes)) {
      _ = try ArticleReader.read(path: url.path)
    }
    let message = ReaderError.tooLarge(path: "big.txt", bytes: 3_000_000, limit: 2_097_152).description
    #expect(
      message
        == "big.txt: error: file is 3000000 bytes, over the 2097152-byte limit for one article (set BILAT_MAX_ARTICLE_BYTES to raise it)"
    )
  }

  @Test("in-memory input obeys the same limit")
  func oversizedDataIsRefused() {
    let data = Data(count: ArticleReader.maximumBytes + 1)
    #expect(throws: ReaderError.tooLarge(path: "<mem>", bytes: data.count, limit: ArticleReader.maximumBytes)) {
      _ = try ArticleReader.read(data: data, source: "<mem>")
    }
  }
}
