import BilatExport
import Foundation
import Testing

@Suite struct TextOutputTests {
  @Test(arguments: [Int64(0), 7, 10, -1, -42, 1_234_567_890, Int64.max, Int64.min])
  func decimals(value: Int64) throws {
    let output = TextOutput()
    try output.write(decimal: value)
    #expect(output.text == String(value))
    #expect(output.byteCount == String(value).utf8.count)
  }

  @Test func writesPastTheBufferReachTheFileInOrder() throws {
    let url = TestSupport.temporaryFile("big.txt")
    defer { try? FileManager.default.removeItem(at: url) }
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    let handle = try FileHandle(forWritingTo: url)
    let output = TextOutput(handle: handle)
    var expected = ""
    let huge = String(repeating: "Nur Zholy–Khorgos ", count: 10_000)  // larger than the buffer
    for index in 0..<20_000 {
      let piece = index == 10_000 ? huge : "line \(index) Қазақстан\n"
      try output.write(piece)
      expected += piece
      if index % 1000 == 0 {
        try output.write(literal: "#")
        try output.write(decimal: Int64(-index))
        expected += "#\(-index)"
      }
    }
    try output.flush()
    try handle.close()
    let written = try String(contentsOf: url, encoding: .utf8)
    #expect(written == expected)
    #expect(output.byteCount == expected.utf8.count)
  }
}
