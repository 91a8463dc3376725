#include "models/PhoneFormat.h"

#include <phonenumbers/phonenumberutil.h>

namespace c360 {

QString formatPhoneForDisplay(const QString& e164) {
    if (!e164.startsWith(u'+')) {
        return e164;
    }
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber parsed;
    if (util->Parse(e164.toStdString(), "ZZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR ||
        !util->IsValidNumber(parsed)) {
        return e164;
    }
    std::string formatted;
    util->Format(parsed, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace c360
