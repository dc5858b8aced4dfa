package org.iptalent.identity.web;

import org.iptalent.identity.internal.QrCodes;
import org.iptalent.identity.internal.SecondFactor;
import org.springframework.ui.Model;

/** What an enrolment page shows: the QR code for the app and the key, grouped for typing by hand. */
final class EnrolmentView {

    private EnrolmentView() {
    }

    static void show(Model model, String username, String secret) {
        model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("qrCode", QrCodes.pngDataUri(SecondFactor.otpauthUri(username, secret), 220));
    }
}
