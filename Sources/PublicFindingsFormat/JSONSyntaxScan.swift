import Foundation

/// A pass over the raw bytes, before `JSONDecoder` sees them, for the two things it does not
/// report: nesting too deep to decode safely (its recursion would use the stack), and a key that
/// appears twice in one object (it keeps the first; other readers keep the last, so the two
/// values are a way to show one thing and check another). It does not judge whether the text is
/// JSON: the decoder does that next.
enum JSONSyntaxScan {
    private struct Frame {
        let isObject: Bool
        let path: FindingsPath
        var keys: Set<String> = []
        var expectingKey = true
        var currentKey = ""
        var index = 0

        var childPath: FindingsPath { isObject ? path.key(currentKey) : path[index] }
    }

    /// Adds a problem for each repeated key; returns false, after one problem, when the nesting is
    /// deeper than `PublicFindingsLimits.depth` (then nothing else is read).
    static func check(_ bytes: [UInt8], problems: ProblemList) -> Bool {
        var stack: [Frame] = []
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                let end = endOfString(bytes, from: position)
                if var top = stack.last, top.isObject, top.expectingKey {
                    let key = keyText(bytes[position...min(end, bytes.count - 1)])
                    if !top.keys.insert(key).inserted {
                        problems.add(top.path.key(key), "this key appears twice in the same object. Re-run chorus-analyst report; never edit the file by hand.")
                    }
                    top.currentKey = key
                    top.expectingKey = false
                    stack[stack.count - 1] = top
                }
                position = end
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let path = stack.last?.childPath ?? .root
                guard stack.count < PublicFindingsLimits.depth else {
                    problems.add(path, "the file is nested more than \(PublicFindingsLimits.depth) levels deep, far deeper than public findings ever are. This is not a file from chorus-analyst report.")
                    return false
                }
                stack.append(Frame(isObject: byte == UInt8(ascii: "{"), path: path))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = stack.popLast()
            case UInt8(ascii: ","):
                if var top = stack.last {
                    if top.isObject { top.expectingKey = true } else { top.index += 1 }
                    stack[stack.count - 1] = top
                }
            default:
                break
            }
            position += 1
        }
        return true
    }

    /// The index of the quote that closes the string opening at `start` (or the last byte).
    private static func endOfString(_ bytes: [UInt8], from start: Int) -> Int {
        var position = start + 1
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\\"): position += 2
            case UInt8(ascii: "\""): return position
            default: position += 1
            }
        }
        return bytes.count - 1
    }

    /// A key's text: its bytes when it has no escapes, else what the decoder makes of it, so
    /// `"\u0061"` and `"a"` are the same key.
    private static func keyText(_ token: ArraySlice<UInt8>) -> String {
        let inner = token.dropFirst().dropLast()
        if !inner.contains(UInt8(ascii: "\\")) { return String(decoding: inner, as: UTF8.self) }
        return (try? JSONDecoder().decode(String.self, from: Data(token))) ?? String(decoding: inner, as: UTF8.self)
    }
}
