/**
 * The web plumbing all pages and APIs share; {@link sa.silah.shared.web.UploadLimitFilter} is the part other
 * modules build on, so the package is a named interface of the shared module.
 */
@NamedInterface("web")
package sa.silah.shared.web;

import org.springframework.modulith.NamedInterface;
