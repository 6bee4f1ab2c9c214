import Hummingbird
import Localisation
import SurveyKit

extension Request {
    /// The language she chose: `_lang` in a form she sent, or `?lang=` on the link she followed;
    /// English when neither names a language Chorus has. It lives in the address and the form,
    /// never in a cookie, so nothing about it stays on her device.
    func chosenCatalogue(fields: [(name: String, value: String)] = []) -> Catalogue {
        Catalogue.named(fields.last { $0.name == "_lang" }?.value ?? uri.queryParameters.get("lang")) ?? .english
    }
}
