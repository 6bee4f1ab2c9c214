import Foundation

// Built two ways (see Fuzz/README.md):
// - for libFuzzer (`-sanitize=fuzzer -D CHORUS_LIBFUZZER`): the entry point SwiftPM names for
//   this executable hands the command line to libFuzzer's driver, which calls `fuzzOneInput`
//   with each input; `CHORUS_FUZZ_TARGET` names the reader.
// - as a plain program: `chorus-fuzz TARGET FILE...` runs each file through the reader once, so a
//   corpus or a crash found elsewhere can be replayed in an ordinary build.

#if CHORUS_LIBFUZZER
import CLibFuzzer

private let fuzzContext = FuzzContext.load()
private let fuzzTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["CHORUS_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("chorus-fuzz: set CHORUS_FUZZ_TARGET to one of: \(names)\n".utf8))
        exit(2)
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    fuzzTarget.run(bytes, context: fuzzContext)
    return 0
}

/// SwiftPM links an executable with `main` defined as this symbol (`<module>_main`).
@_cdecl("chorus_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    _ = fuzzTarget  // fails early, before libFuzzer starts, when no target is named
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
#else
@main
struct ReplayInputs {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            print("Usage: chorus-fuzz \(names) FILE...\nRuns each file through that reader once (a crash is a bug). For fuzzing itself, see Fuzz/README.md.")
            exit(2)
        }
        let context = FuzzContext.load()
        var count = 0
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("chorus-fuzz: cannot read \(path)")
                exit(1)
            }
            target.run([UInt8](data), context: context)
            count += 1
        }
        print("chorus-fuzz: \(count) inputs through \(target.rawValue), none crashed")
    }
}
#endif
