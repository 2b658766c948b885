package se.steget.access;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
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
	String login(Model model) {
		ClientRegistrationRepository registrations = this.brokers.getIfAvailable();
		model.addAttribute("broker", registrations != null && registrations.findByRegistrationId(BROKER) != null);
		return "login";
	}

}
