import Testing
@testable import Themes

@Suite("Theme taxonomy")
struct TaxonomyTests {
    @Test("the bundled themes.yaml loads, with every facet present and each theme on a strategic priority")
    func bundledFileLoads() throws {
        let taxonomy = try ThemeTaxonomy.load(file: Fixtures.themesFile)
        for facet in ThemeFacet.allCases {
            #expect(!taxonomy.themes(in: facet).isEmpty, "no themes in \(facet.rawValue)")
        }
        for theme in taxonomy.themes {
            #expect(!theme.priorities.isEmpty, "\(theme.id)")
            #expect(!theme.phrases.isEmpty, "\(theme.id)")
        }
        #expect(Set(taxonomy.themes.flatMap(\.priorities)) == Set(StrategicPriority.allCases), "every priority is used")
    }

    @Test("the abuse types practitioners expect are all there", arguments: [
        "coercive_control", "economic_abuse", "stalking_harassment", "honour_based_abuse", "forced_marriage", "fgm",
        "physical_abuse", "sexual_abuse", "emotional_abuse", "online_tech_abuse", "child_contact_abuse",
    ])
    func abuseTypes(_ id: String) throws {
        let taxonomy = try ThemeTaxonomy.load(file: Fixtures.themesFile)
        #expect(taxonomy.theme(id)?.facet == .abuseType)
    }

    @Test("the experiences of the reports are there", arguments: [
        "believed", "not_believed", "professional_lottery", "retelling_story", "kept_informed", "missed_early_help",
        "listened_to", "options_explained", "continuity_of_worker", "private_space", "language_interpreters",
    ])
    func experiences(_ id: String) throws {
        let taxonomy = try ThemeTaxonomy.load(file: Fixtures.themesFile)
        #expect(taxonomy.theme(id)?.facet == .experience)
    }

    @Test("the agencies of the survivor feedback are there", arguments: [
        "police", "courts_cps", "housing", "childrens_services", "gp", "maternity", "emergency_department", "mental_health",
        "specialist_services", "idva", "refuge", "marac", "schools",
    ])
    func agencies(_ id: String) throws {
        let taxonomy = try ThemeTaxonomy.load(file: Fixtures.themesFile)
        #expect(taxonomy.theme(id)?.facet == .agency)
    }

    @Test("outcomes and the helpful verdict are there")
    func outcomes() throws {
        let taxonomy = try ThemeTaxonomy.load(file: Fixtures.themesFile)
        for id in ["safer", "housed", "order_granted", "case_dropped", "children_removed"] {
            #expect(taxonomy.theme(id)?.facet == .outcome, "\(id)")
        }
        #expect(taxonomy.themes(in: .helpful).map(\.id) == ["helpful", "not_helpful", "mixed"])
    }

    /// (yaml, line, words the message must contain)
    static let broken: [(String, Int, [String])] = [
        ("themes:\n  - id: police\n    label: Police\n    facet: agnecy\n    priorities: [response]\n    phrases: [police]\n",
         4, ["unknown facet 'agnecy'", "Did you mean 'agency'?"]),
        ("themes:\n  - id: police\n    label: Police\n    facet: agency\n    priorities: [response, justice]\n    phrases: [police]\n",
         5, ["unknown priority 'justice'", "justice_protection"]),
        ("themes:\n  - id: police\n    label: Police\n    facet: agency\n    priorities: [response]\n    phrases: [police]\n  - id: police\n    label: Again\n    facet: agency\n    priorities: [response]\n    phrases: [cops]\n",
         7, ["duplicate theme id 'police'", "first used on line 2"]),
        ("themes:\n  - id: police\n    label: Police\n    facet: agency\n    priorities: [response]\n    phrases: []\n",
         6, ["'phrases' of theme 'police' is empty"]),
        ("themes:\n  - id: police\n    label: Police\n    facet: agency\n    priorities: [response]\n",
         2, ["theme 'police' has no 'phrases'"]),
        ("themes:\n  - id: police\n    label: Police\n    facet: agency\n    priorities: [response]\n    phrases: [po*lice]\n",
         6, ["'po*lice'", "'*' only at the very end"]),
        ("themes:\n  - id: police\n    label: Police\n    facet: agency\n    priorities: []\n    phrases: [police]\n",
         5, ["must list one or more"]),
        ("themes:\n  - id: Police Service\n    label: Police\n    facet: agency\n    priorities: [response]\n    phrases: [police]\n",
         2, ["the theme id 'Police Service'"]),
        ("themes:\n  - id: police\n    lable: Police\n    facet: agency\n    priorities: [response]\n    phrases: [police]\n",
         3, ["unknown key 'lable'", "Did you mean 'label'?"]),
        ("themes:\n  - id: police\n    label: Police\n    facet: agency\n    priorities: [response\n    phrases: [police]\n",
         6, ["not valid YAML"]),
        ("themes:\n  - id: police\n    label: Police\n    label: Again\n    facet: agency\n    priorities: [response]\n    phrases: [police]\n",
         3, ["'label' appears more than once"]),
        ("", 1, ["the file is empty"]),
    ]

    @Test("every problem is reported with its line and what to do", arguments: broken)
    func readerErrors(_ example: (String, Int, [String])) {
        do {
            _ = try ThemeTaxonomy.parse(yaml: example.0, file: "mine.yaml")
            Issue.record("accepted a broken file")
        } catch {
            let problem = error.problems.first
            #expect(problem?.line == example.1, "\(error.problems)")
            #expect(error.description.contains("mine.yaml:\(example.1):"), "\(error)")
            for words in example.2 {
                #expect(error.description.contains(words), "\(error)")
            }
        }
    }

    @Test("all problems of a file come at once")
    func everyProblemAtOnce() {
        let yaml = "themes:\n  - id: a\n    label: A\n    facet: nope\n    priorities: [response]\n    phrases: [x]\n  - id: b\n    label: B\n    facet: agency\n    priorities: [nope]\n    phrases: [y]\n"
        var problems: [ThemeFileProblem] = []
        do {
            _ = try ThemeTaxonomy.parse(yaml: yaml, file: "f.yaml")
        } catch {
            problems = error.problems
        }
        #expect(problems.map(\.line) == [4, 10])
    }

    @Test("a missing file says so")
    func missingFile() {
        #expect(throws: ThemeTaxonomyError.self) { try ThemeTaxonomy.load(file: Fixtures.themesFile.appendingPathExtension("missing")) }
    }
}
