internal import CSodium

/// Secret bytes kept outside Swift's managed heap. Swift arrays can be copied (copy-on-write,
/// reallocation) without us seeing it, leaving stray copies in freed memory; a sodium_malloc'd
/// region is never moved, sits between guard pages, is mlock'd where the system allows (so it is
/// not swapped to disk), and is zeroed by sodium_free when the owner goes away.
package final class SecureBuffer {
    package let count: Int
    private let pointer: UnsafeMutableRawPointer

    package init(count: Int) throws {
        precondition(count > 0, "SecureBuffer needs at least one byte")
        Sodium.ensureInitialized()
        // sodium_malloc calls sodium_mlock itself and carries on if the locked-memory limit is
        // too low, so "mlock where possible" needs nothing more here.
        guard let pointer = sodium_malloc(count) else { throw SealingError.secureMemoryUnavailable }
        sodium_memzero(pointer, count)  // sodium_malloc fills with 0xdb; start from a known state
        self.pointer = pointer
        self.count = count
    }

    deinit {
        // sodium_free zeroes the region, unlocks it and releases the guard pages; it also lifts
        // any read-only protection first, so `makeReadOnly()` is safe to combine with it.
        sodium_free(pointer)
    }

    /// After this, any write to the region faults instead of silently corrupting a key.
    /// Reads stay allowed, so concurrent readers need no lock.
    package func makeReadOnly() {
        _ = sodium_mprotect_readonly(pointer)  // best effort: failing leaves it writable, not unsafe
    }

    package func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: pointer, count: count))
    }

    package func withUnsafeMutableBytes<R>(_ body: (UnsafeMutableRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeMutableRawBufferPointer(start: pointer, count: count))
    }

    /// The start of the region, typed for libsodium's `unsigned char *` parameters.
    package var bytePointer: UnsafeMutablePointer<UInt8> {
        pointer.assumingMemoryBound(to: UInt8.self)
    }
}
