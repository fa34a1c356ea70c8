package whatsapp

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// DefaultAPIBase is the Graph API base URL used when WHATSAPP_API_BASE is unset.
const DefaultAPIBase = "https://graph.facebook.com/v21.0"

// Config holds the Cloud API credentials (CONTRACTS.md §5). The webhook is off unless all four
// credentials are set.
type Config struct {
	// VerifyToken is the string typed into the Meta app's webhook settings; the GET handshake must echo it.
	VerifyToken string
	// AppSecret signs every POST (X-Hub-Signature-256).
	AppSecret string
	// AccessToken is the bearer token for the Graph API (a system user token in production).
	AccessToken string
	// PhoneNumberID is the business phone number's id (not the number itself).
	PhoneNumberID string
	// APIBase is the Graph API base URL with its version; empty means DefaultAPIBase.
	APIBase string
}

// Environment variable names, the contract of CONTRACTS.md §5.
const (
	EnvVerifyToken   = "WHATSAPP_VERIFY_TOKEN"
	EnvAppSecret     = "WHATSAPP_APP_SECRET"
	EnvAccessToken   = "WHATSAPP_ACCESS_TOKEN"
	EnvPhoneNumberID = "WHATSAPP_PHONE_NUMBER_ID"
	EnvAPIBase       = "WHATSAPP_API_BASE"
)

// ConfigFromEnv reads the configuration through getenv. enabled is false when none of the four
// credentials is set; setting only some of them is an error naming the missing ones (never values).
func ConfigFromEnv(getenv func(string) string) (cfg Config, enabled bool, err error) {
	cfg = Config{
		VerifyToken:   strings.TrimSpace(getenv(EnvVerifyToken)),
		AppSecret:     strings.TrimSpace(getenv(EnvAppSecret)),
		AccessToken:   strings.TrimSpace(getenv(EnvAccessToken)),
		PhoneNumberID: strings.TrimSpace(getenv(EnvPhoneNumberID)),
		APIBase:       strings.TrimSpace(getenv(EnvAPIBase)),
	}
	var missing []string
	set := 0
	for _, v := range []struct{ name, val string }{
		{EnvVerifyToken, cfg.VerifyToken}, {EnvAppSecret, cfg.AppSecret},
		{EnvAccessToken, cfg.AccessToken}, {EnvPhoneNumberID, cfg.PhoneNumberID},
	} {
		if v.val == "" {
			missing = append(missing, v.name)
		} else {
			set++
		}
	}
	if set == 0 {
		return cfg, false, nil
	}
	if len(missing) > 0 {
		return cfg, false, fmt.Errorf("whatsapp: %s set but %s missing: set all four or none", plural(set), strings.Join(missing, ", "))
	}
	return cfg, true, cfg.Validate()
}

func plural(n int) string {
	if n == 1 {
		return "1 credential"
	}
	return fmt.Sprintf("%d credentials", n)
}

// Validate reports a configuration that cannot work.
func (c Config) Validate() error {
	switch {
	case c.VerifyToken == "" || c.AppSecret == "" || c.AccessToken == "" || c.PhoneNumberID == "":
		return errors.New("whatsapp: verify token, app secret, access token and phone number id are all required")
	case strings.ContainsAny(c.PhoneNumberID, "/?#% "):
		return fmt.Errorf("whatsapp: %s must be the numeric phone number id", EnvPhoneNumberID)
	}
	u, err := url.Parse(c.apiBase())
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return fmt.Errorf("whatsapp: %s must be an http(s) URL such as %s", EnvAPIBase, DefaultAPIBase)
	}
	return nil
}

func (c Config) apiBase() string {
	if c.APIBase == "" {
		return DefaultAPIBase
	}
	return strings.TrimRight(c.APIBase, "/")
}
