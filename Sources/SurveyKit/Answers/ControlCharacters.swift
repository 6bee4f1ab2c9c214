/// Control characters (Unicode Cc: C0, DEL and C1) in UTF-8 text, found on its bytes: the one rule
/// the form decoder (which refuses them) and answer normalising (which removes them) share.
public enum ControlCharacters {
    /// Whether `bytes`, valid UTF-8, hold a control character other than the ASCII ones in
    /// `allowed` (such as tab and line feed).
    /// Inlinable so that each caller gets a copy made for its own kind of byte sequence: called
    /// through the generic interface, it cost a call per byte of every form a survey posts.
    @inlinable
    public static func found(in bytes: some Sequence<UInt8>, allowing allowed: [UInt8]) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            switch byte {
            case 0x00...0x1F where !allowed.contains(byte): return true
            case 0x7F: return true
            // U+0080 to U+009F are C2 80 to C2 9F, and C2 is never a continuation byte.
            case 0x80...0x9F where previous == 0xC2: return true
            default: break
            }
            previous = byte
        }
        return false
    }
}
