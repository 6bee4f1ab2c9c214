// The yardstick of bench/speed.sh: the smallest Hummingbird server, answering "Hello" to GET /.
// Chorus's pages are measured as a share of what this does on the same machine in the same run.
//   bench-hello PORT
import Hummingbird
import Logging

let port = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 8081
var logger = Logger(label: "bench-hello")
logger.logLevel = .warning
let router = Router()
router.get("/") { _, _ in "Hello" }
let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)), logger: logger)
try await app.runService()
