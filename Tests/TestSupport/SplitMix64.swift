/// SplitMix64: a tiny seeded random number generator, so a failing random case in a test can be
/// reproduced. For tests only: never for anything that must be unpredictable.
public struct SplitMix64: RandomNumberGenerator {
    public var state: UInt64

    /// A generator whose first state is mixed from `seed`.
    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    /// A generator starting from exactly `state`.
    public init(state: UInt64) { self.state = state }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
