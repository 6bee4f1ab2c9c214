import Foundation
@testable import SurveyKit
import Testing
import TestSupport

/// The byte check that lets most answers skip the scalar walk never skips one the walk would change.
@Suite struct AnswerNormalisingTests {
    static let pieces = [
        "a", "Z", "0", " ", "\t", "\n", "\r", "\r\n", "\u{0}", "\u{1F}", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}", "\u{2028}",
        "\u{3000}", "é", "e\u{301}", "\u{0600}", "😀", "ü", "\u{200B}", ".", "-",
    ]

    @Test func theFastPathAgreesWithTheWalkOnFiftyThousandAnswers() {
        var random = SplitMix64(seed: 29)
        var disagreements: [String] = []
        for _ in 0..<50_000 {
            let count = Int(random.next() % 8)
            let value = (0..<count).map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }.joined()
            if FormAnswers.normalise(value) != FormAnswers.normalisingScalars(value) { disagreements.append(value.debugDescription) }
            if disagreements.count > 5 { break }
        }
        #expect(disagreements.isEmpty, "\(disagreements)")
    }

    @Test func theFastPathIsTaken() {
        #expect(FormAnswers.isAlreadyNormal("Nobody told me what help there was."))
        #expect(!FormAnswers.isAlreadyNormal(" padded"))
        #expect(!FormAnswers.isAlreadyNormal("a\rb"))
        #expect(!FormAnswers.isAlreadyNormal("a\u{85}b"))
    }

    @Test func theByteRuleFindsExactlyUnicodesControlCharacters() {
        var wrong: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + "b"
            if ControlCharacters.found(in: text.utf8, allowing: []) != (scalar.properties.generalCategory == .control) { wrong.append(value) }
            if wrong.count > 5 { break }
        }
        #expect(wrong.isEmpty, "\(wrong)")
        #expect(!ControlCharacters.found(in: "a\tb\nc".utf8, allowing: [0x09, 0x0A]))
        #expect(ControlCharacters.found(in: "a\rb".utf8, allowing: [0x09, 0x0A]))
    }
}
