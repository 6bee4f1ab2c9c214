// swift-tools-version:6.0
// Chorus: anonymous feedback and a moderated forum for survivors of domestic abuse.
// Arrows point one way, down the layers of ARCHITECTURE.md (checked by Tests/ArchitectureTests).
// Unsealing (open boxes, secret keys, key files) → Sealing; only chorus-analyst links it (tests
// may, to open what they sealed), so the server holds no code that opens a response (checked on
// the built binary by EndToEndTests' ServerSymbolTests). Only Sealing and Unsealing call libsodium.
import PackageDescription

let package = Package(
    name: "Chorus",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "chorus-server", targets: ["chorus-server"]),
        .executable(name: "chorus-analyst", targets: ["chorus-analyst"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.5.0"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CSodium",
            pkgConfig: "libsodium",
            providers: [.apt(["libsodium-dev"])]
        ),
        .systemLibrary(
            name: "CGLPK",
            providers: [.apt(["libglpk-dev"])]
        ),
        // Seal, public keys, digests, padding, random, staff passphrase hashes: what the server needs.
        .target(name: "Sealing", dependencies: ["CSodium"]),
        // Open, secret keys, key files, keygen: the offline analysis machine's half. Never the server's.
        .target(name: "Unsealing", dependencies: ["Sealing", "CSodium"]),
        .target(name: "SurveyKit", dependencies: [.product(name: "Yams", package: "Yams")]),
        // The export bundle: one JSON line per sealed response, and the reader that streams it.
        .target(name: "ResponseBundle", dependencies: ["SurveyKit"]),
        // Every page's and report's own words (not the surveys'), in English, Welsh and Urdu, and dates in words.
        .target(name: "Localisation", dependencies: ["SurveyKit"]),
        .target(name: "Storage", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "Disclosure", dependencies: ["SurveyKit", "CGLPK", "TabularText"]),
        // XLSForm spreadsheets (.xlsx) into Chorus's survey YAML; read back through SurveyKit.
        // ZIPFoundation reads the zip's directory; CompressNIO (zlib) inflates each part, bounded.
        .target(name: "XLSForm", dependencies: [
            "SurveyKit", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "CompressNIO", package: "compress-nio"), .product(name: "NIOCore", package: "swift-nio"),
        ]),
        // The identifying-detail screen (phone numbers, emails, postcodes, addresses, dates of birth,
        // vehicle registrations, a deployment's names and places): pure text rules, used by the
        // forum to hold posts back and by the analyst to redact quotes.
        .target(name: "IdentifyingDetails"),
        // The one CSV codec (RFC 4180), which always guards against formula injection.
        .target(name: "TabularText"),
        // Theme coding, redaction and quotes.
        .target(
            name: "Themes",
            dependencies: ["Disclosure", "SurveyKit", "IdentifyingDetails", "TabularText", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "Forum",
            dependencies: ["Sealing", "SurveyKit", "IdentifyingDetails", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources")]
        ),
        // The public findings format (docs/findings-format.md) and the validator both sides run:
        // the analyst before writing, the server on every upload and every page it serves.
        .target(name: "PublicFindingsFormat", dependencies: ["SurveyKit"]),
        .target(
            name: "Findings",
            dependencies: [
                "Disclosure", "SurveyKit", "Localisation", "PublicFindingsFormat", "TabularText",
                .product(name: "Mustache", package: "swift-mustache"), .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Templates")]
        ),
        // The analyst's pipeline without its command line: reading a bundle across the trust boundary,
        // counting, protecting, recording each release before writing it (reports, microdata, coding sheets).
        .target(name: "Analysis", dependencies: ["ResponseBundle", "Localisation", "Findings", "Disclosure", "Themes", "SurveyKit", "Sealing", "Unsealing"]),
        // What the web pages and the command line do, without HTTP: taking and withdrawing a response,
        // making invite codes, publishing findings. Controllers parse and render; this layer acts.
        .target(name: "Services", dependencies: [
            "SurveyKit", "Sealing", "Storage", "Forum", "IdentifyingDetails", "PublicFindingsFormat",
            // A small thread pool of its own for Argon2id (PassphraseWork), so sign-ins never slow survey pages.
            .product(name: "NIOPosix", package: "swift-nio"),
        ]),
        .target(
            name: "WebApp",
            dependencies: [
                "SurveyKit", "Localisation", "Sealing", "Storage", "Forum", "IdentifyingDetails", "PublicFindingsFormat", "Services",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdOTP", package: "hummingbird-auth"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ],
            resources: [.copy("Templates")]
        ),
        .executableTarget(
            name: "chorus-server",
            dependencies: [
                "WebApp", "Services", "Localisation", "ResponseBundle", "Storage", "SurveyKit", "Sealing", "Forum", "PublicFindingsFormat", "XLSForm",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdOTP", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "chorus-analyst",
            dependencies: [
                "Analysis", "ResponseBundle", "Findings", "Disclosure", "SurveyKit", "Sealing", "Unsealing", "Themes",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The file readers under libFuzzer (Fuzz/README.md); an ordinary build replays inputs.
        // The yardstick of bench/speed.sh: a minimal Hummingbird server.
        .executableTarget(
            name: "bench-hello",
            dependencies: [.product(name: "Hummingbird", package: "hummingbird"), .product(name: "Logging", package: "swift-log")]
        ),
        .target(name: "CLibFuzzer"),
        .executableTarget(name: "chorus-fuzz", dependencies: ["SurveyKit", "ResponseBundle", "Findings", "PublicFindingsFormat", "Themes", "Forum", "XLSForm", "CLibFuzzer"]),
        .target(name: "TestSupport", dependencies: ["Sealing", "SurveyKit"], path: "Tests/TestSupport"),
        .testTarget(name: "SealingTests", dependencies: ["Sealing", "TestSupport"]),
        .testTarget(name: "UnsealingTests", dependencies: ["Unsealing", "Sealing", "CSodium", "TestSupport"]),
        // Reads Package.swift and ARCHITECTURE.md: the arrows between modules are the ones drawn.
        .testTarget(name: "ArchitectureTests"),
        .testTarget(name: "SurveyKitTests", dependencies: ["SurveyKit", "TestSupport"]),
        .testTarget(name: "LocalisationTests", dependencies: ["Localisation", "SurveyKit", "TestSupport"]),
        .testTarget(
            name: "XLSFormTests",
            dependencies: ["XLSForm", "SurveyKit", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(name: "StorageTests", dependencies: ["Storage", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "DisclosureTests", dependencies: ["Disclosure", "SurveyKit", "TestSupport"]),
        .testTarget(name: "ForumTests", dependencies: ["Forum", "IdentifyingDetails", "TestSupport"]),
        .testTarget(name: "IdentifyingDetailsTests", dependencies: ["IdentifyingDetails"]),
        .testTarget(name: "TabularTextTests", dependencies: ["TabularText"]),
        .testTarget(name: "ThemesTests", dependencies: ["Themes", "Disclosure", "SurveyKit", "TabularText"]),
        .testTarget(name: "ResponseBundleTests", dependencies: ["ResponseBundle", "TestSupport"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "ResponseBundle", "Findings", "Disclosure", "Themes", "SurveyKit", "Sealing", "Unsealing", "TestSupport"]),
        .testTarget(name: "FindingsTests", dependencies: ["Localisation", "Findings", "PublicFindingsFormat", "Disclosure", "SurveyKit", "TestSupport"]),
        .testTarget(name: "ServicesTests", dependencies: ["Services", "Forum", "Storage", "IdentifyingDetails", "Sealing"]),
        .testTarget(
            name: "WebAppTests",
            dependencies: [
                // Unsealing only to open what the app under test sealed, as the analyst would.
                "WebApp", "Services", "SurveyKit", "Localisation", "Sealing", "Unsealing", "Storage", "PublicFindingsFormat", "Forum", "IdentifyingDetails", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ]
        ),
        .testTarget(
            name: "EndToEndTests", dependencies: ["Sealing", "Unsealing", "SurveyKit", "ResponseBundle", "Storage", "Forum", "Themes", "TestSupport"],
            exclude: ["Fixtures"]  // read from disk by path, not bundled
        ),
    ],
    swiftLanguageModes: [.v6]
)
