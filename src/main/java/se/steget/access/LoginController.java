package se.steget.access;

import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	/** The registration id of the identity broker in the OpenID Connect settings. */
	static final String BROKER = "broker";

	private final ObjectProvider<ClientRegistrationRepository> brokers;

	LoginController(ObjectProvider<ClientRegistrationRepository> brokers) {
		this.brokers = brokers;
	}

	@GetMapping("/login")
	String login(HttpSession session, Model model) {
		ClientRegistrationRepository registrations = this.brokers.getIfAvailable();
		model.addAttribute("broker", registrations != null && registrations.findByRegistrationId(BROKER) != null);
		model.addAttribute("locked",
				session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException);
		return "login";
	}

}
