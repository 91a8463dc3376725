// The compiled translations (.qm) are embedded into this library as Qt resources under :/i18n.
namespace c360::i18n {
int translationsAnchor() {
    return 0;
}
} // namespace c360::i18n
