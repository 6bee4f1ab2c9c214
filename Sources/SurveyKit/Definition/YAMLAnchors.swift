import CYaml
import Yams

/// Finds anchors (`&name`) and aliases (`*name`) in YAML text before it is composed.
///
/// Chorus's files (surveys, themes, forum settings, notes) refuse them: an alias used as a mapping
/// key made start-up hang (composing checks keys for duplicates by hashing them, which expands
/// every alias inside a key, and nested aliases double at each level: 30 lines made 2^30 nodes),
/// and a file a lead reads should say everything where it is said. The check runs libyaml's own
/// scanner (the tokenizer Yams composes from), so quoted text such as "Tom & Jerry" or "*" in a
/// label is never mistaken for one, and it costs one pass over the text.
public enum YAMLAnchors {
    /// The line and column (1-based) of the first anchor or alias in `yaml`, or nil when there is
    /// none or the text does not scan (composing it then reports the syntax error).
    public static func first(in yaml: String) -> (line: Int, column: Int)? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(yaml.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> (line: Int, column: Int)? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var token = yaml_token_t()
            while yaml_parser_scan(&parser, &token) == 1 {
                defer { yaml_token_delete(&token) }
                switch token.type {
                case YAML_ANCHOR_TOKEN, YAML_ALIAS_TOKEN:
                    return (Int(token.start_mark.line) + 1, Int(token.start_mark.column) + 1)
                case YAML_STREAM_END_TOKEN:
                    return nil
                default:
                    continue
                }
            }
            return nil
        }
    }

    /// What a reader says about one.
    public static let problem = "anchors (&name) and aliases (*name) are not allowed: write each value out in full where it is used"
}
