package sa.silah.portal;

import org.springframework.data.jpa.repository.JpaRepository;

/** The one row of site settings. */
interface SiteSettingsRecords extends JpaRepository<SiteSettings, Integer> {
}
