import Foundation
import Testing

/// The module graph is the one ARCHITECTURE.md draws: Package.swift and the document are read side by
/// side, so neither can drift. Every module uses only modules in layers below its own, and only
/// those the table lets it; the server never reaches the analyst's side, nor the analyst the server's.
@Suite struct ArchitectureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func graph() throws -> PackageGraph {
        PackageGraph(manifest: try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8))
    }

    static func table() throws -> ModuleTable {
        try ModuleTable(markdown: try String(contentsOf: root.appendingPathComponent("ARCHITECTURE.md"), encoding: .utf8))
    }

    /// Problems of `graph` against `table`: what the test reports, and what the tests below check
    /// can be found at all.
    static func problems(_ graph: PackageGraph, _ table: ModuleTable) -> [String] {
        var problems: [String] = []
        let modules = graph.targets.filter { $0.kind != "testTarget" }
        for target in modules {
            guard let row = table.rows[target.name] else {
                problems.append("\(target.name) is in Package.swift but not in ARCHITECTURE.md's Modules table")
                continue
            }
            let used = Set(target.dependencies)
            for unlisted in used.subtracting(row.mayUse).sorted() {
                problems.append("\(target.name) uses \(unlisted), which ARCHITECTURE.md does not let it use")
            }
            for unused in row.mayUse.subtracting(used).sorted() {
                problems.append("ARCHITECTURE.md says \(target.name) uses \(unused), but Package.swift does not")
            }
            for dependency in used.sorted() {
                guard let below = table.rows[dependency] else { continue }
                if below.layer >= row.layer {
                    problems.append("\(target.name) (layer \(row.layer)) uses \(dependency) (layer \(below.layer)): an arrow must point to a lower layer")
                }
            }
        }
        for name in table.rows.keys.sorted() where graph[name] == nil {
            problems.append("ARCHITECTURE.md lists \(name), which Package.swift does not have")
        }
        return problems
    }

    @Test func everyArrowPointsDownAndIsTheOneTheDocumentDraws() throws {
        let graph = try Self.graph()
        #expect(graph.targets.count > 15, "Package.swift was not read: \(graph.targets.map(\.name))")
        #expect(graph["WebApp"]?.dependencies.contains("PublicFindingsFormat") == true)
        let problems = Self.problems(graph, try Self.table())
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func theServerNeverReachesTheAnalystsSideNorTheAnalystTheServers() throws {
        let graph = try Self.graph()
        let server = graph.closure(of: "chorus-server")
        #expect(server.contains("WebApp") && server.contains("Sealing"), "the closure was not read: \(server)")
        for module in ["Findings", "Disclosure", "Themes", "CGLPK", "Unsealing"] {
            #expect(!server.contains(module), "chorus-server links \(module)")
        }
        let analyst = graph.closure(of: "chorus-analyst")
        #expect(analyst.contains("Disclosure"))
        for module in ["WebApp", "Storage", "Forum"] {
            #expect(!analyst.contains(module), "chorus-analyst links \(module)")
        }
    }

    /// The checks can fail: a sideways arrow, an upward one, one the table does not list, and a
    /// module left out of the table are each found in a manifest made to have them.
    @Test func aWrongArrowIsFound() throws {
        let table = try Self.table()
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let sideways = manifest.replacingOccurrences(of: #"dependencies: ["Disclosure", "SurveyKit", "IdentifyingDetails","#, with: #"dependencies: ["Disclosure", "SurveyKit", "IdentifyingDetails", "Findings","#)
        #expect(sideways != manifest)
        #expect(Self.problems(PackageGraph(manifest: sideways), table).contains { $0.contains("Themes (layer 3) uses Findings (layer 3)") })
        let upward = manifest.replacingOccurrences(of: #".target(name: "PublicFindingsFormat", dependencies: ["SurveyKit"]),"#, with: #".target(name: "PublicFindingsFormat", dependencies: ["SurveyKit", "WebApp"]),"#)
        #expect(upward != manifest)
        let upwardProblems = Self.problems(PackageGraph(manifest: upward), table)
        #expect(upwardProblems.contains { $0.contains("PublicFindingsFormat (layer 2) uses WebApp (layer 4)") })
        #expect(upwardProblems.contains { $0.contains("PublicFindingsFormat uses WebApp, which ARCHITECTURE.md does not let it use") })
        let unlisted = manifest.replacingOccurrences(of: #".target(name: "IdentifyingDetails"),"#, with: #".target(name: "IdentifyingDetails"), .target(name: "Shortcuts"),"#)
        #expect(unlisted != manifest)
        #expect(Self.problems(PackageGraph(manifest: unlisted), table).contains { $0.contains("Shortcuts is in Package.swift but not in ARCHITECTURE.md") })
        let serverReachesSolver = PackageGraph(manifest: manifest.replacingOccurrences(
            of: #""WebApp", "Services", "Localisation", "ResponseBundle","#, with: #""WebApp", "Services", "Localisation", "ResponseBundle", "Findings","#))
        #expect(serverReachesSolver.closure(of: "chorus-server").contains("CGLPK"))
    }
}
